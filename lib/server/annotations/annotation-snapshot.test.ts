import { describe, expect, it } from "vitest";
import { annotationSnapshot, diffSnapshots } from "./annotation-snapshot";

const base = {
  kind: "quote" as const,
  start: 1,
  end: 5,
  exact: "abcd",
  fields: { speaker: "A", saidWhere: "", saidOn: null, wordingVerified: false },
  note: "",
  evidence: [],
};

describe("annotation snapshots", () => {
  it("flattens kind fields so edits are recorded field by field", () => {
    expect(annotationSnapshot(base)).toMatchObject({ "fields.speaker": "A", "fields.wordingVerified": false, kind: "quote" });
  });

  it("diffs only what changed", () => {
    const after = annotationSnapshot({ ...base, fields: { ...base.fields, speaker: "B" }, note: "checked" });
    const diff = diffSnapshots(annotationSnapshot(base), after);
    expect(diff.changed.sort()).toEqual(["fields.speaker", "note"]);
    expect(diff.before).toEqual({ "fields.speaker": "A", note: "" });
    expect(diff.after).toEqual({ "fields.speaker": "B", note: "checked" });
  });

  it("sees a kind change as removed and added fields", () => {
    const claim = annotationSnapshot({ ...base, kind: "claim", fields: { claimant: "C", verdict: "false", rationale: "" } });
    const diff = diffSnapshots(annotationSnapshot(base), claim);
    expect(diff.changed).toEqual(expect.arrayContaining(["kind", "fields.speaker", "fields.claimant"]));
    expect(diff.after["fields.speaker"]).toBeNull();
  });
});
