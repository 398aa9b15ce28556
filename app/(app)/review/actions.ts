"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/server/actions/action-client";
import type { AnnotationDto } from "@/lib/server/annotations/annotation-dto";
import { addComment } from "@/lib/server/comments/add-comment";
import type { CommentDto } from "@/lib/server/comments/comment-dto";
import { editComment } from "@/lib/server/comments/edit-comment";
import type { Result } from "@/lib/server/errors";
import { decideOnAnnotation } from "@/lib/server/review/decide-on-annotation";
import { reopenAnnotation } from "@/lib/server/review/reopen-annotation";
import { submitAnnotation } from "@/lib/server/review/submit-annotation";
import { submitArticleDrafts } from "@/lib/server/review/submit-article-drafts";
import {
  addCommentInputSchema,
  editCommentInputSchema,
  reviewStepInputSchemaFor,
  submitArticleDraftsInputSchema,
} from "@/lib/validations/review";

/** Pages showing review status: the article, the queue and the article list's counts. */
function revalidateReview(articleId: string) {
  revalidatePath(`/articles/${articleId}`);
  revalidatePath("/articles");
  revalidatePath("/review");
}

function revalidated<T extends { articleId: string }>(result: Result<T>): Result<T> {
  if (result.ok) revalidateReview(result.value.articleId);
  return result;
}

/** Comments show on the article page only. */
function revalidatedComment(result: Result<CommentDto>): Result<CommentDto> {
  if (result.ok) revalidatePath(`/articles/${result.value.articleId}`);
  return result;
}

/** The author (or an admin) submits an annotation for review: `{ id, version }`. */
export const submitAnnotationAction = authedAction({ schema: reviewStepInputSchemaFor("submit") }, async (input, actor) =>
  revalidated<AnnotationDto>(await submitAnnotation(actor, input.id, { version: input.version })),
);

/** Submits all the signed-in person's drafts on an article: `{ articleId }` → how many, and the annotations. */
export const submitArticleDraftsAction = authedAction({ schema: submitArticleDraftsInputSchema }, async (input, actor) => {
  const result = await submitArticleDrafts(actor, input.articleId);
  if (result.ok) revalidateReview(input.articleId);
  return result;
});

/** A reviewer approves: `{ id, version }`. */
export const approveAnnotationAction = authedAction({ schema: reviewStepInputSchemaFor("approve") }, async (input, actor) =>
  revalidated<AnnotationDto>(await decideOnAnnotation(actor, input.id, { decision: "approve", version: input.version })),
);

/** A reviewer rejects: `{ id, version, reason }` (reason required). */
export const rejectAnnotationAction = authedAction({ schema: reviewStepInputSchemaFor("reject") }, async (input, actor) =>
  revalidated<AnnotationDto>(await decideOnAnnotation(actor, input.id, { decision: "reject", version: input.version, reason: input.reason })),
);

/** A reviewer sends it back to its author: `{ id, version, reason }` (the comment; also added to the thread). */
export const requestChangesAction = authedAction({ schema: reviewStepInputSchemaFor("request_changes") }, async (input, actor) =>
  revalidated<AnnotationDto>(
    await decideOnAnnotation(actor, input.id, { decision: "request_changes", version: input.version, reason: input.reason }),
  ),
);

/** A reviewer reopens an approved or rejected annotation: `{ id, version, reason }` (reason required). */
export const reopenAnnotationAction = authedAction({ schema: reviewStepInputSchemaFor("reopen") }, async (input, actor) =>
  revalidated<AnnotationDto>(await reopenAnnotation(actor, input.id, { version: input.version, reason: input.reason ?? "" })),
);

/** Adds a comment to an annotation's thread: `{ annotationId, body }`. */
export const addCommentAction = authedAction({ schema: addCommentInputSchema }, async (input, actor) =>
  revalidatedComment(await addComment(actor, input.annotationId, { body: input.body })),
);

/** Edits one's own comment: `{ id, body }`. */
export const editCommentAction = authedAction({ schema: editCommentInputSchema }, async (input, actor) =>
  revalidatedComment(await editComment(actor, input.id, { body: input.body })),
);
