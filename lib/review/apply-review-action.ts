import type { AnchorState, ReviewStatus } from "../domain/review-statuses";
import type { ReviewAction } from "./review-actions";
import { authorizeReviewAction, type PermissionErrorCode, type ReviewParties } from "./review-permissions";
import { nextStatus } from "./review-transitions";

/** Everything needed to check one person's review action. `note` is the reason or comment typed with it. */
export type ReviewActionRequest = ReviewParties & {
  current: ReviewStatus;
  action: Exclude<ReviewAction, "text_changed">;
  note?: string | null;
  /** Where the annotation stands against the text; an orphaned one can't be approved. */
  anchorState?: AnchorState;
};

/** Error codes of {@link applyReviewAction}. */
export type ReviewActionErrorCode = "forbidden_transition" | PermissionErrorCode | "note_required" | "orphaned";

/** Why an orphaned annotation can't be approved (shown by the server and the review buttons). */
export const ORPHANED_APPROVAL_MESSAGE =
  "This annotation's text is no longer in the article (it is orphaned), so it can't be approved. Re-attach it to the text first, then review it.";

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
 * forbidden transition, an orphan that can't be approved, then who may act, then the missing reason.
 */
export function applyReviewAction(request: ReviewActionRequest): ReviewActionResult {
  const transition = nextStatus(request.current, request.action);
  if (!transition.ok) return transition;
  if (request.action === "approve" && request.anchorState === "orphaned") return { ok: false, code: "orphaned", message: ORPHANED_APPROVAL_MESSAGE };
  const permission = authorizeReviewAction(request.action, { ...request, status: request.current });
  if (!permission.ok) return permission;
  const noteMessage = NOTE_REQUIRED[request.action];
  if (noteMessage && !request.note?.trim()) return { ok: false, code: "note_required", message: noteMessage };
  return { ok: true, status: transition.status };
}
