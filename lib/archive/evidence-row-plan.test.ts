import { describe, expect, it } from "vitest";
import { planEvidenceRows } from "./evidence-row-plan";

const stored = [
  { id: "e1", url: "https://a.example/" },
  { id: "e2", url: "https://b.example/" },
  { id: "e3", url: "https://a.example/" },
];

describe("planEvidenceRows", () => {
  it("keeps rows whose URL is unchanged, even when reordered or retitled", () => {
    const plan = planEvidenceRows(stored, [
      { url: "https://b.example/", title: "B" },
      { url: "https://a.example/", title: "A" },
    ]);
    expect(plan.keep.map((item) => item.id)).toEqual(["e2", "e1"]);
    expect(plan.keep[0].row.title).toBe("B");
    expect(plan.create).toEqual([]);
    expect(plan.remove).toEqual(["e3"]);
  });

  it("creates a row for a changed URL and removes the old one", () => {
    const plan = planEvidenceRows(stored.slice(0, 1), [{ url: "https://a.example/new" }]);
    expect(plan).toEqual({ keep: [], create: [{ url: "https://a.example/new" }], remove: ["e1"] });
  });

  it("uses each stored row once for repeated URLs", () => {
    const plan = planEvidenceRows(stored, [{ url: "https://a.example/" }, { url: "https://a.example/" }, { url: "https://a.example/" }]);
    expect(plan.keep.map((item) => item.id)).toEqual(["e1", "e3"]);
    expect(plan.create).toHaveLength(1);
    expect(plan.remove).toEqual(["e2"]);
  });
});
