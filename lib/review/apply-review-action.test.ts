import { describe, expect, it } from "vitest";
import type { AnchorState, ReviewStatus } from "../domain/review-statuses";
import type { Role } from "../domain/roles";
import { applyReviewAction as applyRequest, requiresNote, type ReviewActionRequest } from "./apply-review-action";

/** The cases below, flat: who acts (id, role, account state) on whose annotation in which status. */
type Case = {
  actorId: string;
  actorRole: Role;
  active?: boolean;
  mustChangePassword?: boolean;
  authorId: string;
  lastEditedById: string | null;
  current: ReviewStatus;
  action: ReviewActionRequest["action"];
  note?: string | null;
  anchorState?: AnchorState;
};

const base: Case = {
  actorId: "rev",
  actorRole: "reviewer",
  authorId: "ed",
  lastEditedById: null,
  current: "submitted",
  action: "approve",
};

const applyReviewAction = (c: Case) =>
  applyRequest({
    actor: { id: c.actorId, role: c.actorRole, active: c.active ?? true, mustChangePassword: c.mustChangePassword ?? false },
    annotation: { authorId: c.authorId, lastEditedById: c.lastEditedById, status: c.current, anchorState: c.anchorState },
    action: c.action,
    note: c.note,
  });

describe("applyReviewAction", () => {
  it.each([
    { over: {}, expected: { ok: true, status: "approved" } },
    { over: { action: "reject", note: "Quote not found in the source" }, expected: { ok: true, status: "rejected" } },
    { over: { action: "request_changes", note: "Add a second source" }, expected: { ok: true, status: "changes_requested" } },
    { over: { action: "reopen", current: "approved", note: "New evidence" }, expected: { ok: true, status: "submitted" } },
    { over: { action: "reopen", current: "rejected", note: "Mistake" }, expected: { ok: true, status: "submitted" } },
    { over: { action: "submit", current: "draft", actorId: "ed", actorRole: "editor" }, expected: { ok: true, status: "submitted" } },
    { over: { action: "edit", current: "approved", actorId: "ed", actorRole: "editor" }, expected: { ok: true, status: "submitted" } },
    { over: { action: "approve", current: "needs_rereview" }, expected: { ok: true, status: "approved" } },
  ] as const)("allows %#", ({ over, expected }) => {
    expect(applyReviewAction({ ...base, ...over })).toEqual(expected);
  });

  it.each([
    { over: { current: "draft" }, code: "forbidden_transition" },
    { over: { actorRole: "editor" }, code: "role" },
    { over: { actorId: "ed" }, code: "four_eyes" },
    { over: { lastEditedById: "rev" }, code: "four_eyes" },
    { over: { action: "reject" }, code: "note_required" },
    { over: { action: "reject", note: "   " }, code: "note_required" },
    { over: { action: "request_changes", note: null }, code: "note_required" },
    { over: { action: "reopen", current: "approved" }, code: "note_required" },
    { over: { action: "reopen", current: "approved", actorRole: "editor", note: "x" }, code: "role" },
    { over: { action: "submit", current: "draft" }, code: "not_owner" },
    { over: { action: "reopen", current: "rejected", actorId: "ed", actorRole: "admin", note: "x" }, code: "four_eyes" },
    { over: { action: "edit", current: "draft" }, code: "not_owner" },
    { over: { active: false }, code: "deactivated" },
    { over: { mustChangePassword: true }, code: "password_change_required" },
    { over: { action: "edit", current: "rejected" }, code: "forbidden_transition" },
  ] as const)("refuses with $code (%#)", ({ over, code }) => {
    expect(applyReviewAction({ ...base, ...over })).toMatchObject({ ok: false, code });
  });

  it("refuses to approve an orphaned annotation until it is re-attached, and says so", () => {
    const refused = applyReviewAction({ ...base, current: "needs_rereview", anchorState: "orphaned" });
    expect(refused).toMatchObject({ ok: false, code: "orphaned" });
    expect(!refused.ok && refused.message).toMatch(/no longer in the article.*[Rr]e-attach/);
    expect(applyReviewAction({ ...base, current: "needs_rereview", anchorState: "orphaned", action: "reject", note: "Gone" })).toEqual({ ok: true, status: "rejected" });
    expect(applyReviewAction({ ...base, current: "needs_rereview", anchorState: "changed" })).toEqual({ ok: true, status: "approved" });
  });

  it("reports a forbidden transition before a permission problem", () => {
    expect(applyReviewAction({ ...base, current: "approved", actorId: "ed" })).toMatchObject({ code: "forbidden_transition" });
  });

  it("applies the four-eyes rule to approve, reject and request_changes alike, in every status they are allowed from", () => {
    for (const action of ["approve", "reject", "request_changes"] as const) {
      for (const current of ["submitted", "needs_rereview"] as const) {
        expect(applyReviewAction({ ...base, action, current, actorRole: "admin", actorId: "ed", note: "x" })).toMatchObject({ ok: false, code: "four_eyes" });
        expect(applyReviewAction({ ...base, action, current, lastEditedById: "rev", note: "x" })).toMatchObject({ ok: false, code: "four_eyes" });
      }
    }
  });

  it("knows which actions need a note", () => {
    expect(["reject", "request_changes", "reopen"].every((a) => requiresNote(a as never))).toBe(true);
    expect(["submit", "approve", "edit", "text_changed"].some((a) => requiresNote(a as never))).toBe(false);
  });
});
