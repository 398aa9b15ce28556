import { describe, expect, it } from "vitest";
import { checkUndo, type UndoFacts } from "./undo-review-step";

const at = new Date("2026-12-01T10:00:00Z");
const base: UndoFacts = {
  actorId: "rev",
  decision: { id: "d1", actorId: "rev", action: "approve", createdAt: at },
  annotation: { version: 4, lastDecisionId: "d1" },
  version: 4,
  laterComments: false,
  now: new Date(at.getTime() + 5_000),
  windowSeconds: 10,
};

describe("checkUndo", () => {
  it("allows the same reviewer's latest decision within the window", () => {
    expect(checkUndo(base)).toEqual({ ok: true });
  });

  it.each(["approve", "reject", "request_changes"])("allows undoing %s", (action) => {
    expect(checkUndo({ ...base, decision: { ...base.decision, action } }).ok).toBe(true);
  });

  it("refuses another reviewer's decision", () => {
    expect(checkUndo({ ...base, actorId: "someone-else" })).toMatchObject({ ok: false, code: "not_yours" });
  });

  it("refuses steps that are not decisions", () => {
    expect(checkUndo({ ...base, decision: { ...base.decision, action: "submit" } })).toMatchObject({ ok: false, code: "not_undoable" });
    expect(checkUndo({ ...base, decision: { ...base.decision, action: "reopen" } })).toMatchObject({ ok: false, code: "not_undoable" });
  });

  it("refuses after the window, and says to reopen instead", () => {
    const result = checkUndo({ ...base, now: new Date(at.getTime() + 10_001) });
    expect(result).toMatchObject({ ok: false, code: "too_late" });
    expect(!result.ok && result.message).toContain("Reopen");
  });

  it("accepts the last moment of the window", () => {
    expect(checkUndo({ ...base, now: new Date(at.getTime() + 10_000) }).ok).toBe(true);
  });

  it("refuses when the annotation moved on (new version, newer decision or a comment)", () => {
    expect(checkUndo({ ...base, annotation: { ...base.annotation, version: 5 } })).toMatchObject({ code: "changed_since" });
    expect(checkUndo({ ...base, annotation: { ...base.annotation, lastDecisionId: "d2" } })).toMatchObject({ code: "changed_since" });
    expect(checkUndo({ ...base, laterComments: true })).toMatchObject({ code: "changed_since" });
  });
});
