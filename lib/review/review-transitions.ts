import { REVIEW_STATUS_LABELS, type ReviewStatus } from "../domain/review-statuses";
import type { ReviewAction } from "./review-actions";

/**
 * The whole review state machine: for each action, the statuses it may start from and where it
 * leads. A status missing from an action's row means the transition is forbidden.
 *
 * `edit` keeps open work where it is (a new version of a submitted annotation stays in the
 * queue), sends an approved annotation back to the review queue (an approval covers the version
 * that was reviewed, nothing later) and refuses rejected ones (reopening is a reviewer's call).
 * `text_changed` only affects approved annotations; it leaves every other status as it is.
 */
export const REVIEW_TRANSITIONS: Record<ReviewAction, Partial<Record<ReviewStatus, ReviewStatus>>> = {
  submit: { draft: "submitted", changes_requested: "submitted" },
  approve: { submitted: "approved", needs_rereview: "approved" },
  reject: { submitted: "rejected", needs_rereview: "rejected" },
  request_changes: { submitted: "changes_requested", needs_rereview: "changes_requested" },
  reopen: { approved: "submitted", rejected: "submitted" },
  edit: {
    draft: "draft",
    submitted: "submitted",
    changes_requested: "changes_requested",
    needs_rereview: "needs_rereview",
    approved: "submitted",
  },
  text_changed: {
    draft: "draft",
    submitted: "submitted",
    approved: "needs_rereview",
    changes_requested: "changes_requested",
    rejected: "rejected",
    needs_rereview: "needs_rereview",
  },
};

/** Result of {@link nextStatus}. */
export type TransitionResult = { ok: true; status: ReviewStatus } | { ok: false; code: "forbidden_transition"; message: string };

const WHY_NOT: Record<ReviewAction, string> = {
  submit: "Only drafts and annotations with changes requested can be submitted for review.",
  approve: "Only submitted annotations, or ones that need re-review, can be approved.",
  reject: "Only submitted annotations, or ones that need re-review, can be rejected.",
  request_changes: "Only submitted annotations, or ones that need re-review, can be sent back for changes.",
  reopen: "Only approved or rejected annotations can be reopened.",
  edit: "A rejected annotation can't be edited. Ask a reviewer to reopen it first.",
  text_changed: "This annotation can't be marked for re-review.",
};

/**
 * Where an annotation's review status goes when `action` happens to it. Pure: it checks the
 * state machine only, not who is acting (see `authorizeReviewAction`) nor required reasons.
 */
export function nextStatus(current: ReviewStatus, action: ReviewAction): TransitionResult {
  const status = REVIEW_TRANSITIONS[action][current];
  if (status) return { ok: true, status };
  const label = REVIEW_STATUS_LABELS[current].toLowerCase();
  return { ok: false, code: "forbidden_transition", message: `This annotation is ${label}. ${WHY_NOT[action]}` };
}

/**
 * Where an annotation's review status goes when someone re-attaches it to new text: the text under
 * it changed (an approval needs a fresh review) and choosing the text is an edit (a rejected
 * annotation must be reopened first).
 */
export function reattachStatus(current: ReviewStatus): TransitionResult {
  const changed = nextStatus(current, "text_changed");
  return changed.ok ? nextStatus(changed.status, "edit") : changed;
}
