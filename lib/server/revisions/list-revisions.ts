import "server-only";
import type { ReanchorSummary } from "@/lib/revisions/reanchor-plan";
import { countWords } from "@/lib/revisions/word-tokens";
import type { Actor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db/prisma";
import { notFound, ok, type Result } from "@/lib/server/errors";
import type { RevisionListItemDto } from "./revision-dto";

/** The revision columns every revision view reads. */
export const revisionListSelect = {
  number: true,
  createdAt: true,
  source: true,
  reanchorSummary: true,
  text: true,
  createdBy: { select: { id: true, name: true } },
} as const;

/** A revision row → its list item (word count from its plain text). */
export function toRevisionListItem(
  row: { number: number; createdAt: Date; source: RevisionListItemDto["source"]; reanchorSummary: unknown; text: string; createdBy: { id: string; name: string } },
  currentRevision: number,
): RevisionListItemDto {
  return {
    number: row.number,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    source: row.source,
    summary: (row.reanchorSummary as ReanchorSummary | null) ?? null,
    words: countWords(row.text),
    characters: row.text.length,
    current: row.number === currentRevision,
  };
}

/** Every revision of an article, newest first (every signed-in member of the desk may read them). */
export async function listRevisions(_actor: Actor, articleId: string): Promise<Result<{ articleId: string; title: string; currentRevision: number; revisions: RevisionListItemDto[] }>> {
  const article = await db().article.findFirst({ where: { id: articleId, deletedAt: null }, select: { id: true, title: true, currentRevision: true } });
  if (!article) return notFound("Article");
  const rows = await db().articleRevision.findMany({ where: { articleId }, select: revisionListSelect, orderBy: { number: "desc" } });
  return ok({ articleId, title: article.title, currentRevision: article.currentRevision, revisions: rows.map((row) => toRevisionListItem(row, article.currentRevision)) });
}
