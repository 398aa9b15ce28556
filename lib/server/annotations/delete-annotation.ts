import "server-only";
import { annotationFactsOf, can } from "@/lib/policy/policy";
import type { Actor } from "@/lib/server/auth/actor";
import { refusedBy } from "@/lib/server/auth/policy-refusal";
import { db } from "@/lib/server/db/prisma";
import { notFound, ok, type Result } from "@/lib/server/errors";
import { transactWithEvents } from "@/lib/server/events/transact-with-events";
import { annotationSelect, toAnnotationDto } from "./annotation-dto";
import { annotationSnapshot } from "./annotation-snapshot";
import { StaleVersionError, staleVersionError } from "./stale-version";

/**
 * Deletes one of the actor's own annotations (someone else's is not found: the query only sees
 * the actor's own; the policy still decides). Deletion is soft (the row stays, hidden) and
 * recorded in the audit trail with what was deleted. With `version`, a stale one is refused.
 */
export async function deleteAnnotation(actor: Actor, annotationId: string, version?: number): Promise<Result<null>> {
  const row = await db().annotation.findFirst({ where: { id: annotationId, authorId: actor.id, deletedAt: null }, select: annotationSelect });
  if (!row) return notFound("Annotation");
  const current = toAnnotationDto(row);
  const allowed = can(actor, "annotation.delete", annotationFactsOf(current));
  if (!allowed.ok) return refusedBy(allowed);
  const expected = version ?? current.version;
  try {
    await transactWithEvents(async (tx, events) => {
      const { count } = await tx.annotation.updateMany({
        where: { id: annotationId, version: expected, deletedAt: null },
        data: { deletedAt: new Date(), deletedById: actor.id, lastActorId: actor.id, version: { increment: 1 } },
      });
      if (count === 0) throw new StaleVersionError();
      events.add({
        type: "annotation.deleted",
        actorId: actor.id,
        entityId: annotationId,
        articleId: current.articleId,
        payload: { before: { ...annotationSnapshot(current), status: current.status } },
      });
    });
  } catch (error) {
    if (error instanceof StaleVersionError) return staleVersionError(annotationId, expected);
    throw error;
  }
  return ok(null);
}
