import "server-only";
import { formatDateTime, NEUTRAL_DISPLAY } from "@/lib/dates/format-date-time";
import { db } from "@/lib/server/db/prisma";
import { fail, notFound } from "@/lib/server/errors";

/**
 * The 409 answer for a save made on an outdated revision: says who saved the newer one and when,
 * so the editor can reload it and make their change again.
 */
export async function staleRevisionError(articleId: string, editedRevision: number) {
  const article = await db().article.findFirst({ where: { id: articleId, deletedAt: null }, select: { currentRevision: true } });
  if (!article) return notFound("Article");
  const latest = await db().articleRevision.findUnique({
    where: { articleId_number: { articleId, number: article.currentRevision } },
    select: { createdAt: true, createdBy: { select: { name: true } } },
  });
  const who = latest?.createdBy.name ?? "Someone";
  const when = latest ? ` at ${formatDateTime(latest.createdAt, NEUTRAL_DISPLAY)}` : "";
  return fail(
    "conflict",
    `${who} saved a newer revision of this article (revision ${article.currentRevision}${when}) since you opened revision ${editedRevision}. Your changes were not saved: reload the article and make them again.`,
    { details: { currentRevision: article.currentRevision, editedRevision, savedBy: who } },
  );
}

/** Thrown inside the save's transaction to roll it back when the article's revision moved on. */
export class StaleRevisionError extends Error {
  constructor() {
    super("stale revision");
  }
}
