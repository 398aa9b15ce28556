import type { ReviewStatus } from "../domain/review-statuses";
import type { ReviewAction } from "./review-actions";
import { authorizeReviewAction, type PermissionErrorCode, type ReviewParties } from "./review-permissions";
import { nextStatus } from "./review-transitions";

/** Everything needed to check one person's review action. `note` is the reason or comment typed with it. */
export type ReviewActionRequest = ReviewParties & {
  current: ReviewStatus;
  action: Exclude<ReviewAction, "text_changed">;
  note?: string | null;
};

/** Error codes of {@link applyReviewAction}. */
export type ReviewActionErrorCode = "forbidden_transition" | PermissionErrorCode | "note_required";

/** Result of {@link applyReviewAction}: the new status, or why the action is refused. */
export type ReviewActionResult =
  | { ok: true; status: ReviewStatus }
  | { ok: false; code: ReviewActionErrorCode; message: string };

const NOTE_REQUIRED: Partial<Record<ReviewAction, string>> = {
  reject: "Give a reason for the rejection.",
  request_changes: "Say what needs to change.",
  reopen: "Give a reason for reopening this annotation.",
};

/** Whether `action` must come with a reason or comment (reject, request_changes, reopen). */
export function requiresNote(action: ReviewAction): boolean {
  return NOTE_REQUIRED[action] !== undefined;
}

/**
 * Checks a person's review action completely — transition, permission, required reason — and
 * returns the status to store. The order of checks gives the most useful message first: a
 * forbidden transition, then who may act, then the missing reason.
 */
export function applyReviewAction(request: ReviewActionRequest): ReviewActionResult {
  const transition = nextStatus(request.current, request.action);
  if (!transition.ok) return transition;
  const permission = authorizeReviewAction(request.action, { ...request, status: request.current });
  if (!permission.ok) return permission;
  const noteMessage = NOTE_REQUIRED[request.action];
  if (noteMessage && !request.note?.trim()) return { ok: false, code: "note_required", message: noteMessage };
  return { ok: true, status: transition.status };
}
