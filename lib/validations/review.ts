import { z } from "./zod";
import { ANNOTATION_KINDS } from "../domain/annotation-kinds";
import type { ReviewStatus } from "../domain/review-statuses";
import { requiresNote } from "../review/apply-review-action";
import { LIMITS } from "./annotation";
import { queryList, queryValue } from "./query-params";

/** The steps a person takes in the review flow (the state machine's other actions are automatic). */
export const REVIEW_STEPS = ["submit", "approve", "reject", "request_changes", "reopen"] as const;
/** One of {@link REVIEW_STEPS}. */
export type ReviewStep = (typeof REVIEW_STEPS)[number];

/** What the form says when a step that needs a reason comes without one (same words as lib/review). */
export const REASON_REQUIRED_MESSAGES: Partial<Record<ReviewStep, string>> = {
  reject: "Give a reason for the rejection.",
  request_changes: "Say what needs to change.",
  reopen: "Give a reason for reopening this annotation.",
};

const id = z.string({ error: "Required" }).trim().min(1, "Required").max(64, "Not a valid id");
const version = z.number({ error: "version must be a whole number" }).int("version must be a whole number").positive("version must be positive");
const reason = z.string({ error: "reason must be text" }).trim().max(LIMITS.longText, `Must be at most ${LIMITS.longText} characters`);

function requireReason(step: ReviewStep) {
  return (value: { reason?: string }, ctx: z.RefinementCtx) => {
    if (requiresNote(step) && !value.reason) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: REASON_REQUIRED_MESSAGES[step] ?? "A reason is required" });
    }
  };
}

/** API body of `POST /api/annotations/{id}/<step>`: `{ reason?, version? }` (If-Match may replace `version`). */
export const reviewStepBodySchema = z.strictObject({ reason: reason.optional(), version: version.optional() });
export type ReviewStepBody = z.infer<typeof reviewStepBodySchema>;

/** {@link reviewStepBodySchema}, also requiring a reason for reject, request changes and reopen. */
export function reviewStepBodySchemaFor(step: ReviewStep) {
  return reviewStepBodySchema.superRefine(requireReason(step));
}

/** Server-action input for one review step on one annotation, on the version the person saw. */
export function reviewStepInputSchemaFor(step: ReviewStep) {
  return z.object({ id, version, reason: reason.optional() }).superRefine(requireReason(step));
}
export type ReviewStepInput = { id: string; version: number; reason?: string };

/** API body of `POST /api/annotations/{id}/undo`: the decision to take back (`version` may come as If-Match). */
export const undoDecisionBodySchema = z.strictObject({ decisionId: id, version: version.optional() });
/** Server-action input for taking back one's decision, on the version seen right after it. */
export const undoDecisionInputSchema = z.object({ id, decisionId: id, version });

/** Server-action input for submitting all one's drafts on an article. */
export const submitArticleDraftsInputSchema = z.object({ articleId: id });

/** A comment's text. */
export const commentBodySchema = z.string({ error: "Write a comment" }).trim().min(1, "Write a comment").max(LIMITS.longText, `Must be at most ${LIMITS.longText} characters`);

/** Ids of desk members mentioned as `@Name` in a comment's body. */
export const mentionIdsSchema = z.array(id).max(20, "At most 20 mentions").optional();

/** API body of `POST /api/annotations/{id}/comments`. */
export const commentInputSchema = z.strictObject({ body: commentBodySchema, mentions: mentionIdsSchema });
export type CommentInput = z.infer<typeof commentInputSchema>;
/** API body of `PATCH /api/comments/{id}` (mentions are made when a comment is added). */
export const commentEditSchema = z.strictObject({ body: commentBodySchema });

/** Server-action input for adding a comment to an annotation's thread. */
export const addCommentInputSchema = z.object({ annotationId: id, body: commentBodySchema, mentions: mentionIdsSchema });
/** Server-action input for editing one's own comment. */
export const editCommentInputSchema = z.object({ id, body: commentBodySchema });

/** Statuses shown in the review queue, in queue order: re-reviews first (they were approved once and the text changed). */
export const REVIEW_QUEUE_STATUSES = ["needs_rereview", "submitted"] as const satisfies readonly ReviewStatus[];
const queueStatus = z.enum(REVIEW_QUEUE_STATUSES, { error: `status must be one of: ${REVIEW_QUEUE_STATUSES.join(", ")}` });
const queueKind = z.enum(ANNOTATION_KINDS, { error: `kind must be one of: ${ANNOTATION_KINDS.join(", ")}` });

/** Filters of the review queue (`GET /api/review-queue?article=&kind=&author=&status=`); lists may hold several values. */
export const reviewQueueFilterSchema = z.object({
  article: id.optional(),
  author: id.optional(),
  kind: z.array(queueKind).optional(),
  status: z.array(queueStatus).optional(),
});
export type ReviewQueueFilter = z.infer<typeof reviewQueueFilterSchema>;

/**
 * Query parameters → the object {@link reviewQueueFilterSchema} checks. `kind` and `status` may be
 * repeated or comma-separated; empty values are ignored.
 */
export function reviewQueueFilterFromSearchParams(search: URLSearchParams): Record<string, unknown> {
  return { article: queryValue(search, "article"), author: queryValue(search, "author"), kind: queryList(search, "kind"), status: queryList(search, "status") };
}
