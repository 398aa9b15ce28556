import "server-only";
import { can } from "@/lib/policy/policy";
import type { Actor } from "@/lib/server/auth/actor";
import { refusedBy } from "@/lib/server/auth/policy-refusal";
import { db } from "@/lib/server/db/prisma";
import { notFound, ok, type Result } from "@/lib/server/errors";
import { storedEventSelect, visibleEvents } from "@/lib/server/events/visible-events";
import type { HistoryEntryDto } from "./review-dto";

/**
 * An annotation's history, oldest first, from the event stream: its creation, edits (field by
 * field), review steps, re-anchoring and deletion, and the comments in its thread and their edits
 * — each an event of the union with who did it and when, as the actor may see it. Every signed-in
 * member of the desk may read it.
 */
export async function getAnnotationHistory(actor: Actor, annotationId: string): Promise<Result<HistoryEntryDto[]>> {
  const allowed = can(actor, "article.read");
  if (!allowed.ok) return refusedBy(allowed);
  const annotation = await db().annotation.findFirst({
    where: { id: annotationId, deletedAt: null, article: { deletedAt: null } },
    select: { id: true, comments: { select: { id: true } } },
  });
  if (!annotation) return notFound("Annotation");
  const commentIds = annotation.comments.map((comment) => comment.id);
  const rows = await db().auditEvent.findMany({
    where: {
      OR: [{ entityType: "annotation", entityId: annotationId }, ...(commentIds.length ? [{ entityType: "comment", entityId: { in: commentIds } }] : [])],
    },
    select: storedEventSelect,
    orderBy: [{ at: "asc" }, { id: "asc" }],
  });
  return ok(visibleEvents(rows, actor) as HistoryEntryDto[]);
}
