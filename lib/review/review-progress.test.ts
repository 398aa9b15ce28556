import { describe, expect, it } from "vitest";
import { reviewProgress } from "./review-progress";

describe("reviewProgress", () => {
  it("treats an article without annotations as not complete", () => {
    const progress = reviewProgress([]);
    expect(progress).toMatchObject({ total: 0, open: 0, complete: false, state: "empty" });
    expect(Object.values(progress.counts).every((n) => n === 0)).toBe(true);
  });

  it("is complete when everything is approved or rejected", () => {
    expect(reviewProgress(["approved", "rejected", "approved"])).toMatchObject({
      total: 3,
      open: 0,
      complete: true,
      state: "complete",
      counts: { approved: 2, rejected: 1, draft: 0 },
    });
  });

  it.each(["draft", "submitted", "changes_requested", "needs_rereview"] as const)("is open while one is %s", (status) => {
    const progress = reviewProgress(["approved", status]);
    expect(progress).toMatchObject({ open: 1, complete: false, state: "in_progress" });
    expect(progress.counts[status]).toBe(1);
  });

  it("counts every status", () => {
    const progress = reviewProgress(["draft", "draft", "submitted", "approved", "changes_requested", "rejected", "needs_rereview"]);
    expect(progress.counts).toEqual({
      draft: 2,
      submitted: 1,
      approved: 1,
      changes_requested: 1,
      rejected: 1,
      needs_rereview: 1,
    });
    expect(progress.open).toBe(5);
  });
});
