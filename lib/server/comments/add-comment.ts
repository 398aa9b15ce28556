import "server-only";
import { can } from "@/lib/policy/policy";
import type { Actor } from "@/lib/server/auth/actor";
import { refusedBy } from "@/lib/server/auth/policy-refusal";
import { db } from "@/lib/server/db/prisma";
import { fail, notFound, ok, type Result } from "@/lib/server/errors";
import { resolveMentions } from "@/lib/notifications/mentions";
import { transactWithEvents } from "@/lib/server/events/transact-with-events";
import type { CommentInput } from "@/lib/validations/review";
import { commentSelect, toCommentDto, type CommentDto } from "./comment-dto";

/**
 * Adds a comment to an annotation's thread (every role may, editors included), recorded in the
 * audit trail. The thread belongs to the annotation, whatever its review status. `mentions` are
 * ids of active desk members written as `@Name` in the body: stored as user references and
 * carried by the `comment.added` event (which notifies them).
 */
export async function addComment(actor: Actor, annotationId: string, input: CommentInput): Promise<Result<CommentDto>> {
  const allowed = can(actor, "comment.add");
  if (!allowed.ok) return refusedBy(allowed);
  const annotation = await db().annotation.findFirst({
    where: { id: annotationId, deletedAt: null, article: { deletedAt: null } },
    select: { id: true, articleId: true },
  });
  if (!annotation) return notFound("Annotation");
  const requested = input.mentions ?? [];
  const members = requested.length ? await db().user.findMany({ where: { id: { in: requested }, active: true }, select: { id: true, name: true } }) : [];
  const { mentions, unknown } = resolveMentions(input.body, requested, members);
  if (unknown.length > 0) {
    const message = "Each mention must be an active desk member written as @Name in the comment.";
    return fail("invalid", message, { fieldErrors: { mentions: message } });
  }
  const comment = await transactWithEvents(async (tx, events) => {
    const { id } = await tx.comment.create({ data: { annotationId, authorId: actor.id, body: input.body, mentions: { create: mentions } }, select: { id: true } });
    const row = await tx.comment.findUniqueOrThrow({ where: { id }, select: commentSelect });
    const after = { annotationId, body: row.body, ...(mentions.length ? { mentions: mentions.map((mention) => mention.userId) } : {}) };
    events.add({ type: "comment.added", actorId: actor.id, entityId: row.id, articleId: annotation.articleId, payload: { after } });
    return toCommentDto(row);
  });
  return ok(comment);
}
