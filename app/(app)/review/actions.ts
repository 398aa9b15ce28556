"use server";

import { authedAction } from "@/lib/server/actions/action-client";
import { addComment } from "@/lib/server/comments/add-comment";
import { editComment } from "@/lib/server/comments/edit-comment";
import { listReviewQueue } from "@/lib/server/review/list-review-queue";
import { recordReviewStep } from "@/lib/server/review/record-review-step";
import { submitArticleDrafts } from "@/lib/server/review/submit-article-drafts";
import { undoReviewDecision } from "@/lib/server/review/undo-review-decision";
import { nextPageInputSchema } from "@/lib/validations/page";
import { addCommentInputSchema, editCommentInputSchema, reviewQueueFilterSchema, reviewStepInputSchemaFor, submitArticleDraftsInputSchema, undoDecisionInputSchema } from "@/lib/validations/review";

// No revalidatePath here: every page is rendered per request (and fetched afresh on navigation),
// while re-rendering the page the person is on would replace the list their decision just updated.

/** The author (or an admin) submits an annotation for review: `{ id, version }`. */
export const submitAnnotationAction = authedAction({ action: "annotation.submit", schema: reviewStepInputSchemaFor("submit") }, async (input, actor) =>
  recordReviewStep(actor, input.id, { step: "submit", version: input.version }),
);

/** Submits all the signed-in person's drafts on an article: `{ articleId }` → how many, and the annotations. */
export const submitArticleDraftsAction = authedAction({ action: "annotation.submit", schema: submitArticleDraftsInputSchema }, async (input, actor) => submitArticleDrafts(actor, input.articleId));

/** A reviewer approves: `{ id, version }`. */
export const approveAnnotationAction = authedAction({ action: "annotation.decide", schema: reviewStepInputSchemaFor("approve") }, async (input, actor) =>
  recordReviewStep(actor, input.id, { step: "approve", version: input.version }),
);

/** A reviewer rejects: `{ id, version, reason }` (reason required). */
export const rejectAnnotationAction = authedAction({ action: "annotation.decide", schema: reviewStepInputSchemaFor("reject") }, async (input, actor) =>
  recordReviewStep(actor, input.id, { step: "reject", version: input.version, reason: input.reason }),
);

/** A reviewer sends it back to its author: `{ id, version, reason }` (the comment; also added to the thread). */
export const requestChangesAction = authedAction({ action: "annotation.decide", schema: reviewStepInputSchemaFor("request_changes") }, async (input, actor) =>
  recordReviewStep(actor, input.id, { step: "request_changes", version: input.version, reason: input.reason }),
);

/** A reviewer reopens an approved or rejected annotation: `{ id, version, reason }` (reason required). */
export const reopenAnnotationAction = authedAction({ action: "annotation.reopen", schema: reviewStepInputSchemaFor("reopen") }, async (input, actor) =>
  recordReviewStep(actor, input.id, { step: "reopen", version: input.version, reason: input.reason ?? "" }),
);

/** A reviewer takes back their own decision within the undo window: `{ id, decisionId, version }`. */
export const undoReviewDecisionAction = authedAction({ action: "annotation.decide", schema: undoDecisionInputSchema }, async (input, actor) =>
  undoReviewDecision(actor, input.id, { decisionId: input.decisionId, version: input.version }),
);

/** Adds a comment to an annotation's thread: `{ annotationId, body }`. */
export const addCommentAction = authedAction({ action: "comment.add", schema: addCommentInputSchema }, async (input, actor) =>
  addComment(actor, input.annotationId, { body: input.body, mentions: input.mentions }),
);

/** Edits one's own comment: `{ id, body }`. */
export const editCommentAction = authedAction({ action: "comment.edit", schema: editCommentInputSchema }, async (input, actor) => editComment(actor, input.id, { body: input.body }));

/** The next page of the review queue with the same filters ("Load more"): `{ filter, cursor }` → a queue page. */
export const loadReviewQueuePageAction = authedAction({ action: "review.queue", schema: nextPageInputSchema.extend({ filter: reviewQueueFilterSchema }) }, async (input, actor) =>
  listReviewQueue(actor, input.filter, { limit: input.limit, cursor: input.cursor }),
);
