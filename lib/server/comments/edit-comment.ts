import "server-only";
import { can } from "@/lib/policy/policy";
import type { Actor } from "@/lib/server/auth/actor";
import { refusedBy } from "@/lib/server/auth/policy-refusal";
import { db } from "@/lib/server/db/prisma";
import { notFound, ok, type Result } from "@/lib/server/errors";
import { transactWithEvents } from "@/lib/server/events/transact-with-events";
import type { CommentInput } from "@/lib/validations/review";
import { commentSelect, toCommentDto, type CommentDto } from "./comment-dto";

/**
 * Changes the text of a comment. Only its author may, whatever their role: anyone else gets a
 * 403 that says so (the comment is visible to them, so a 404 would only confuse). The old and
 * new text go into the audit trail; an unchanged text changes nothing.
 */
export async function editComment(actor: Actor, commentId: string, input: CommentInput): Promise<Result<CommentDto>> {
  const row = await db().comment.findFirst({
    where: { id: commentId, annotation: { deletedAt: null, article: { deletedAt: null } } },
    select: commentSelect,
  });
  if (!row) return notFound("Comment");
  const allowed = can(actor, "comment.edit", { authorId: row.author.id });
  if (!allowed.ok) return refusedBy(allowed);
  if (row.body === input.body) return ok(toCommentDto(row));
  const updated = await transactWithEvents(async (tx, events) => {
    // The author condition is repeated in the write itself, so it can't be bypassed by a race.
    const { count } = await tx.comment.updateMany({ where: { id: commentId, authorId: actor.id }, data: { body: input.body, editedAt: new Date() } });
    if (count === 0) return null;
    events.add({
      type: "comment.edited",
      actorId: actor.id,
      entityId: commentId,
      articleId: row.annotation.articleId,
      payload: { before: { annotationId: row.annotationId, body: row.body }, after: { annotationId: row.annotationId, body: input.body } },
    });
    return toCommentDto(await tx.comment.findUniqueOrThrow({ where: { id: commentId }, select: commentSelect }));
  });
  return updated ? ok(updated) : notFound("Comment");
}
