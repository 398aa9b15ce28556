import type { AnchorState, ReviewStatus } from "../domain/review-statuses";
import { can, type AnnotationFacts, type PolicyActor, type PolicyRefusalCode } from "../policy/policy";
import type { ReviewAction } from "./review-actions";
import { nextStatus } from "./review-transitions";

/** A review action a person takes (`text_changed` is the system's). */
export type PersonalReviewAction = Exclude<ReviewAction, "text_changed">;

/** The policy action each review action is, so routes, use cases and buttons ask the same question. */
export const REVIEW_POLICY_ACTIONS = {
  submit: "annotation.submit",
  approve: "annotation.decide",
  reject: "annotation.decide",
  request_changes: "annotation.decide",
  reopen: "annotation.reopen",
  edit: "annotation.edit",
} as const satisfies Record<PersonalReviewAction, string>;

/** Everything needed to check one person's review action. `note` is the reason or comment typed with it. */
export type ReviewActionRequest = {
  actor: PolicyActor;
  /** The annotation as stored; `status` is where it stands now. */
  annotation: AnnotationFacts & {
    /** Where the annotation stands against the text; an orphaned one can't be approved. */
    anchorState?: AnchorState;
  };
  action: PersonalReviewAction;
  note?: string | null;
};

/** Error codes of {@link applyReviewAction}. */
export type ReviewActionErrorCode = "forbidden_transition" | PolicyRefusalCode | "note_required" | "orphaned";

/** Why an orphaned annotation can't be approved (shown by the server and the review buttons). */
export const ORPHANED_APPROVAL_MESSAGE = "This annotation's text is no longer in the article (it is orphaned), so it can't be approved. Re-attach it to the text first, then review it.";

/** Result of {@link applyReviewAction}: the new status, or why the action is refused. */
export type ReviewActionResult = { ok: true; status: ReviewStatus } | { ok: false; code: ReviewActionErrorCode; message: string };

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
 * Checks a person's review action completely — transition, the policy (role, ownership, four-eyes
 * rule), required reason — and returns the status to store. The order of checks gives the most
 * useful message first: a forbidden transition, an orphan that can't be approved, then who may
 * act, then the missing reason.
 */
export function applyReviewAction(request: ReviewActionRequest): ReviewActionResult {
  const { annotation } = request;
  const transition = nextStatus(annotation.status, request.action);
  if (!transition.ok) return transition;
  if (request.action === "approve" && annotation.anchorState === "orphaned") return { ok: false, code: "orphaned", message: ORPHANED_APPROVAL_MESSAGE };
  const facts = { authorId: annotation.authorId, lastEditedById: annotation.lastEditedById, status: annotation.status };
  const permission = can(request.actor, REVIEW_POLICY_ACTIONS[request.action], facts);
  if (!permission.ok) return permission;
  const noteMessage = NOTE_REQUIRED[request.action];
  if (noteMessage && !request.note?.trim()) return { ok: false, code: "note_required", message: noteMessage };
  return { ok: true, status: transition.status };
}
