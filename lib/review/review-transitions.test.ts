import { describe, expect, it } from "vitest";
import { REVIEW_STATUSES, type ReviewStatus } from "../domain/review-statuses";
import { REVIEW_ACTIONS, type ReviewAction } from "./review-actions";
import { nextStatus, reattachStatus } from "./review-transitions";

const D = "draft",
  S = "submitted",
  A = "approved",
  C = "changes_requested",
  R = "rejected",
  N = "needs_rereview";
const X = null; // forbidden

/** Expected result of every (status × action); rows are statuses, columns follow COLUMNS. */
const COLUMNS: ReviewAction[] = ["submit", "approve", "reject", "request_changes", "reopen", "edit", "text_changed"];
const EXPECTED: Record<ReviewStatus, (ReviewStatus | null)[]> = {
  //                 submit approve reject request_changes reopen edit text_changed
  draft: [S, X, X, X, X, D, D],
  submitted: [X, A, R, C, X, S, S],
  approved: [X, X, X, X, S, S, N],
  changes_requested: [S, X, X, X, X, C, C],
  rejected: [X, X, X, X, S, X, R],
  needs_rereview: [X, A, R, C, X, N, N],
};

const cases = REVIEW_STATUSES.flatMap((status) => COLUMNS.map((action, i) => ({ status, action, expected: EXPECTED[status][i] })));

describe("nextStatus", () => {
  it("covers every status and every action", () => {
    expect(new Set(COLUMNS)).toEqual(new Set(REVIEW_ACTIONS));
    expect(cases).toHaveLength(REVIEW_STATUSES.length * REVIEW_ACTIONS.length);
  });

  it.each(cases.filter((c) => c.expected !== null))("$status --$action--> $expected", ({ status, action, expected }) => {
    expect(nextStatus(status, action)).toEqual({ ok: true, status: expected });
  });

  it.each(cases.filter((c) => c.expected === null))("$status --$action--> forbidden", ({ status, action }) => {
    const result = nextStatus(status, action);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe("forbidden_transition");
    expect(result.message).toMatch(/^This annotation is [a-z -]+\. /);
  });

  it("never leaves an edited annotation approved", () => {
    for (const status of REVIEW_STATUSES) {
      const result = nextStatus(status, "edit");
      if (result.ok) expect(result.status).not.toBe("approved");
    }
  });

  it("explains a refused edit of a rejected annotation", () => {
    const result = nextStatus("rejected", "edit");
    expect(!result.ok && result.message).toBe("This annotation is rejected. A rejected annotation can't be edited. Ask a reviewer to reopen it first.");
  });

  it("sends a re-attached approval back for a fresh review and refuses re-attaching a rejected one", () => {
    expect(reattachStatus("approved")).toEqual({ ok: true, status: "needs_rereview" });
    expect(reattachStatus("needs_rereview")).toEqual({ ok: true, status: "needs_rereview" });
    expect(reattachStatus("submitted")).toEqual({ ok: true, status: "submitted" });
    expect(reattachStatus("draft")).toEqual({ ok: true, status: "draft" });
    expect(reattachStatus("rejected")).toMatchObject({ ok: false, code: "forbidden_transition" });
  });
});
