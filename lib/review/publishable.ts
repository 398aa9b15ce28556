import type { AnchorState, ReviewStatus } from "../domain/review-statuses";

/** The two facts about an annotation that decide whether its approval stands. */
export type ReviewStanding = { status: ReviewStatus; anchorState: AnchorState };

/**
 * Whether an annotation may be published as approved: approved, and still on the text that was
 * approved. An orphaned approval (its text is gone) or a changed one (its text differs from what
 * was reviewed) is never published, whatever its stored status says.
 */
export function isPublishedApproval(annotation: ReviewStanding): boolean {
  return annotation.status === "approved" && annotation.anchorState === "anchored";
}

/**
 * The status an annotation counts as in progress and lists: an approval whose text is gone or
 * changed needs re-review, even if the stored row (from before this rule) still says approved.
 */
export function standingStatus(annotation: ReviewStanding): ReviewStatus {
  return annotation.status === "approved" && !isPublishedApproval(annotation) ? "needs_rereview" : annotation.status;
}
