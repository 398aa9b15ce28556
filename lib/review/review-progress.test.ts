import { describe, expect, it } from "vitest";
import type { ReviewStatus } from "../domain/review-statuses";
import { reviewProgress } from "./review-progress";

const anchored = (...statuses: ReviewStatus[]) => statuses.map((status) => ({ status, anchorState: "anchored" as const }));

describe("reviewProgress", () => {
  it("treats an article without annotations as not complete", () => {
    const progress = reviewProgress([]);
    expect(progress).toMatchObject({ total: 0, open: 0, complete: false, state: "empty" });
    expect(Object.values(progress.counts).every((n) => n === 0)).toBe(true);
  });

  it("is complete when everything is approved or rejected", () => {
    expect(reviewProgress(anchored("approved", "rejected", "approved"))).toMatchObject({
      total: 3,
      open: 0,
      complete: true,
      state: "complete",
      counts: { approved: 2, rejected: 1, draft: 0 },
    });
  });

  it.each(["draft", "submitted", "changes_requested", "needs_rereview"] as const)("is open while one is %s", (status) => {
    const progress = reviewProgress(anchored("approved", status));
    expect(progress).toMatchObject({ open: 1, complete: false, state: "in_progress" });
    expect(progress.counts[status]).toBe(1);
  });

  it.each(["orphaned", "changed"] as const)("is not complete while an approved annotation is %s (it counts as needing re-review)", (anchorState) => {
    const progress = reviewProgress([...anchored("approved", "rejected"), { status: "approved", anchorState }]);
    expect(progress).toMatchObject({ open: 1, complete: false, state: "in_progress", counts: { approved: 1, rejected: 1, needs_rereview: 1 } });
  });

  it("counts every status", () => {
    const progress = reviewProgress(anchored("draft", "draft", "submitted", "approved", "changes_requested", "rejected", "needs_rereview"));
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
