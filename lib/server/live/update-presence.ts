import "server-only";
import type { Actor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db/prisma";
import { notFound, ok, type Result } from "@/lib/server/errors";
import type { PresenceUpdate } from "@/lib/validations/live";
import { PRESENCE_CHANNEL } from "./presence-store";

/**
 * Says what the person in one of their open tabs is doing (viewing, editing the text, reviewing
 * an annotation), for everyone else's presence lists. Only their own stream can be changed.
 * Presence is not desk state: it is signalled to the other instances, not written to the audit trail.
 */
export async function updatePresence(actor: Actor, update: PresenceUpdate): Promise<Result<{ streamId: string }>> {
  if (update.annotationId) {
    const annotation = await db().annotation.findFirst({
      where: { id: update.annotationId, deletedAt: null, ...(update.articleId ? { articleId: update.articleId } : {}) },
      select: { id: true },
    });
    if (!annotation) return notFound("Annotation");
  }
  const changed = await db().$queryRaw<{ before: string | null; after: string | null }[]>`
    WITH previous AS (SELECT "id", "articleId" FROM "Presence" WHERE "id" = ${update.streamId} AND "userId" = ${actor.id} FOR UPDATE),
    updated AS (
      UPDATE "Presence" p SET "activity" = ${update.activity}, "annotationId" = ${update.annotationId},
        "articleId" = COALESCE(${update.articleId}, p."articleId")
      FROM previous WHERE p."id" = previous."id"
      RETURNING previous."articleId" AS "before", p."articleId" AS "after")
    SELECT "before", "after", pg_notify(${PRESENCE_CHANNEL}, COALESCE("before", ''))::text AS "left", pg_notify(${PRESENCE_CHANNEL}, COALESCE("after", ''))::text AS "entered" FROM updated`;
  if (changed.length === 0) return notFound("Live stream");
  return ok({ streamId: update.streamId });
}
