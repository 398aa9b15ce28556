/** Review status of an annotation (see lib/review for the transitions between them). */
export const REVIEW_STATUSES = ["draft", "submitted", "approved", "changes_requested", "rejected", "needs_rereview"] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const REVIEW_STATUS_LABELS: Record<ReviewStatus, string> = {
  draft: "Draft",
  submitted: "Submitted",
  approved: "Approved",
  changes_requested: "Changes requested",
  rejected: "Rejected",
  needs_rereview: "Needs re-review",
};

/** Statuses that still need someone's work before an article's review is complete. */
export const OPEN_REVIEW_STATUSES: readonly ReviewStatus[] = ["draft", "submitted", "changes_requested", "needs_rereview"];

/** Statuses a reviewer acts on (shown in the review queue). */
export const AWAITING_REVIEW_STATUSES: readonly ReviewStatus[] = ["submitted", "needs_rereview"];

/** Where an annotation stands against the article's current text, kept apart from review. */
export const ANCHOR_STATES = ["anchored", "changed", "orphaned"] as const;
export type AnchorState = (typeof ANCHOR_STATES)[number];
