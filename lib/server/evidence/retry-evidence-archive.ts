import "server-only";
import { can } from "@/lib/policy/policy";
import type { Actor } from "@/lib/server/auth/actor";
import { refusedBy } from "@/lib/server/auth/policy-refusal";
import { db } from "@/lib/server/db/prisma";
import { fail, notFound, ok, type Result } from "@/lib/server/errors";
import { transactWithEvents } from "@/lib/server/events/transact-with-events";
import { prepareEvidenceArchive, requestEvidenceFetch } from "./request-evidence-archive";

/**
 * Archives an evidence URL again: after a failure, or evidence added before the archive existed.
 * An archived item keeps its first snapshot for good (a link check shows later changes), and one
 * already being archived is left to finish.
 */
export async function retryEvidenceArchive(actor: Actor, evidenceId: string): Promise<Result<{ evidenceId: string; archiveState: "pending" }>> {
  const allowed = can(actor, "evidence.archive");
  if (!allowed.ok) return refusedBy(allowed);
  const evidence = await db().evidence.findFirst({
    where: { id: evidenceId, annotation: { deletedAt: null, article: { deletedAt: null } } },
    select: { id: true, url: true, archiveState: true, annotation: { select: { articleId: true } } },
  });
  if (!evidence) return notFound("Evidence");
  if (evidence.archiveState === "archived") return fail("conflict", "This evidence is already archived; its first snapshot is kept for good. Use Check links to see whether the page changed.");
  if (evidence.archiveState === "pending") return fail("conflict", "This evidence is already being archived.");
  await prepareEvidenceArchive();
  const requested = await transactWithEvents(async (tx, events) => {
    // Only from the state read above: a concurrent retry finds it pending and does nothing.
    const { count } = await tx.evidence.updateMany({ where: { id: evidenceId, archiveState: evidence.archiveState }, data: { archiveState: "pending" } });
    if (count === 0) return false;
    await requestEvidenceFetch(tx, [evidenceId], "archive");
    events.add({ type: "evidence.archive_requested", actorId: actor.id, entityId: evidenceId, articleId: evidence.annotation.articleId, payload: { after: { url: evidence.url } } });
    return true;
  });
  if (!requested) return fail("conflict", "This evidence is already being archived.");
  return ok({ evidenceId, archiveState: "pending" });
}
