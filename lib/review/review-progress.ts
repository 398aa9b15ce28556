import { OPEN_REVIEW_STATUSES, REVIEW_STATUSES, type ReviewStatus } from "../domain/review-statuses";
import { standingStatus, type ReviewStanding } from "./publishable";

/** Where an article's review stands: nothing annotated yet, work still open, or all decided. */
export type ReviewProgressState = "empty" | "in_progress" | "complete";

/** Counts of an article's annotations by review status. */
export type ReviewProgress = {
  counts: Record<ReviewStatus, number>;
  total: number;
  /** Annotations someone still has to work on (draft, submitted, changes requested, needs re-review). */
  open: number;
  /** True when there is at least one annotation and every one is approved or rejected. */
  complete: boolean;
  state: ReviewProgressState;
};

/**
 * Summarises the review statuses of an article's (non-deleted) annotations. An article with no
 * annotations is not complete: nothing has been checked yet (`state: "empty"`). An approval whose
 * text is orphaned or changed counts as needing re-review (see {@link standingStatus}).
 */
export function reviewProgress(annotations: readonly ReviewStanding[]): ReviewProgress {
  const counts = Object.fromEntries(REVIEW_STATUSES.map((status) => [status, 0])) as Record<ReviewStatus, number>;
  for (const annotation of annotations) counts[standingStatus(annotation)] += 1;
  const open = OPEN_REVIEW_STATUSES.reduce((sum, status) => sum + counts[status], 0);
  const total = annotations.length;
  const state: ReviewProgressState = total === 0 ? "empty" : open > 0 ? "in_progress" : "complete";
  return { counts, total, open, complete: state === "complete", state };
}
