/**
 * What can happen to an annotation's review status.
 * - `submit`, `approve`, `reject`, `request_changes`, `reopen`: people acting in the review flow.
 * - `edit`: the annotation was changed in substance (its fields, evidence or anchor — not a typo-free
 *   re-save). Deciding what counts as "in substance" is the caller's job.
 * - `text_changed`: the system noticed that the article text under the annotation changed.
 */
export const REVIEW_ACTIONS = ["submit", "approve", "reject", "request_changes", "reopen", "edit", "text_changed"] as const;

/** One of {@link REVIEW_ACTIONS}. */
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

/** Actions that are a reviewer's decision on someone else's work (the four-eyes rule applies). */
export const DECISION_ACTIONS = ["approve", "reject", "request_changes"] as const;

/** One of {@link DECISION_ACTIONS}. */
export type DecisionAction = (typeof DECISION_ACTIONS)[number];

/** Wording used in messages, e.g. "Only submitted annotations can be approved". */
export const REVIEW_ACTION_LABELS: Record<ReviewAction, string> = {
  submit: "submit for review",
  approve: "approve",
  reject: "reject",
  request_changes: "request changes on",
  reopen: "reopen",
  edit: "edit",
  text_changed: "mark for re-review",
};

/** Type guard for values coming from forms or the API. */
export function isReviewAction(value: unknown): value is ReviewAction {
  return typeof value === "string" && (REVIEW_ACTIONS as readonly string[]).includes(value);
}

/** True for approve, reject and request_changes. */
export function isDecisionAction(action: ReviewAction): action is DecisionAction {
  return (DECISION_ACTIONS as readonly string[]).includes(action);
}
