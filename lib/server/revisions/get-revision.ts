import "server-only";
import { wordDiff } from "@/lib/revisions/word-diff";
import { can } from "@/lib/policy/policy";
import type { Actor } from "@/lib/server/auth/actor";
import { refusedBy } from "@/lib/server/auth/policy-refusal";
import { db } from "@/lib/server/db/prisma";
import { notFound, ok, type Result } from "@/lib/server/errors";
import { revisionListSelect, toRevisionListItem } from "./list-revisions";
import type { RevisionDetailDto } from "./revision-dto";

/**
 * One revision of an article with its text and document; with `withDiff`, the word-level diff
 * from the revision before it (null for the first revision).
 */
export async function getRevision(actor: Actor, articleId: string, number: number, options: { withDiff?: boolean } = {}): Promise<Result<RevisionDetailDto>> {
  const allowed = can(actor, "article.read");
  if (!allowed.ok) return refusedBy(allowed);
  const article = await db().article.findFirst({ where: { id: articleId, deletedAt: null }, select: { id: true, title: true, currentRevision: true } });
  if (!article || !Number.isInteger(number) || number < 1) return notFound("Revision");
  const row = await db().articleRevision.findUnique({ where: { articleId_number: { articleId, number } }, select: { ...revisionListSelect, doc: true } });
  if (!row) return notFound("Revision");
  const previous = number > 1 ? await db().articleRevision.findUnique({ where: { articleId_number: { articleId, number: number - 1 } }, select: { number: true, text: true } }) : null;
  return ok({
    ...toRevisionListItem(row, article.currentRevision),
    articleId,
    articleTitle: article.title,
    text: row.text,
    doc: row.doc,
    previous: previous?.number ?? null,
    ...(options.withDiff ? { diff: previous ? wordDiff(previous.text, row.text) : null } : {}),
  });
}
