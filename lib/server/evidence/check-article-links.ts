import "server-only";
import { can } from "@/lib/policy/policy";
import type { Actor } from "@/lib/server/auth/actor";
import { refusedBy } from "@/lib/server/auth/policy-refusal";
import { db } from "@/lib/server/db/prisma";
import { fail, notFound, ok, type Result } from "@/lib/server/errors";
import { transactWithEvents } from "@/lib/server/events/transact-with-events";
import { prepareEvidenceArchive, requestEvidenceFetch } from "./request-evidence-archive";

/**
 * Re-fetches every evidence link of an article in the background and compares each with its
 * archive: the cards then say whether the page is as archived, changed or dead. The first
 * snapshots are never replaced; each check adds its own.
 */
export async function checkArticleLinks(actor: Actor, articleId: string): Promise<Result<{ articleId: string; checking: number }>> {
  const allowed = can(actor, "evidence.archive");
  if (!allowed.ok) return refusedBy(allowed);
  const article = await db().article.findFirst({ where: { id: articleId, deletedAt: null }, select: { id: true } });
  if (!article) return notFound("Article");
  const evidence = await db().evidence.findMany({ where: { annotation: { articleId, deletedAt: null } }, select: { id: true } });
  if (evidence.length === 0) return fail("invalid", "This article has no evidence links to check yet.");
  await prepareEvidenceArchive();
  await transactWithEvents(async (tx, events) => {
    await requestEvidenceFetch(
      tx,
      evidence.map((item) => item.id),
      "check",
    );
    events.add({ type: "article.links_check_requested", actorId: actor.id, entityId: articleId, articleId, payload: { after: { evidenceCount: evidence.length } } });
  });
  return ok({ articleId, checking: evidence.length });
}
