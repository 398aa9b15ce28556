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
 * Adds a comment to an annotation's thread (every role may, editors included), recorded in the
 * audit trail. The thread belongs to the annotation, whatever its review status.
 */
export async function addComment(actor: Actor, annotationId: string, input: CommentInput): Promise<Result<CommentDto>> {
  const allowed = can(actor, "comment.add");
  if (!allowed.ok) return refusedBy(allowed);
  const annotation = await db().annotation.findFirst({
    where: { id: annotationId, deletedAt: null, article: { deletedAt: null } },
    select: { id: true, articleId: true },
  });
  if (!annotation) return notFound("Annotation");
  const comment = await transactWithEvents(async (tx, events) => {
    const row = await tx.comment.create({ data: { annotationId, authorId: actor.id, body: input.body }, select: commentSelect });
    events.add({ type: "comment.added", actorId: actor.id, entityId: row.id, articleId: annotation.articleId, payload: { after: { annotationId, body: row.body } } });
    return toCommentDto(row);
  });
  return ok(comment);
}
