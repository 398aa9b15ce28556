import type { DeskStatus } from "../domain/desk-statuses";
import type { ReviewProgressState } from "../review/review-progress";

/**
 * Why an article cannot move to `next`, or null. Only `published` has a rule: every annotation
 * must be decided (review progress complete), so nothing unchecked goes out. Staying published
 * while nothing changes is always allowed.
 */
export function deskStatusProblem(current: DeskStatus, next: DeskStatus, progress: ReviewProgressState): string | null {
  if (next !== "published" || current === "published") return null;
  if (progress === "empty") return "The article cannot be published: nothing on it has been annotated and reviewed yet";
  if (progress === "in_progress") return "The article cannot be published until its review is complete: every annotation approved or rejected";
  return null;
}
