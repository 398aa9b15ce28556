import "server-only";
import { cursorShape, decodeCursor, toPage, type PageRequest } from "@/lib/paging/page-cursor";
import type { ReanchorSummary } from "@/lib/revisions/reanchor-plan";
import { countWords } from "@/lib/revisions/word-tokens";
import { can } from "@/lib/policy/policy";
import type { Actor } from "@/lib/server/auth/actor";
import { refusedBy } from "@/lib/server/auth/policy-refusal";
import type { Prisma } from "@/lib/server/db/generated/client";
import { db } from "@/lib/server/db/prisma";
import { fail, notFound, ok, type Result } from "@/lib/server/errors";
import type { RevisionListItemDto } from "./revision-dto";

/** The revision columns every revision view reads. */
export const revisionListSelect = {
  number: true,
  createdAt: true,
  source: true,
  reanchorSummary: true,
  text: true,
  createdBy: { select: { id: true, name: true } },
} as const satisfies Prisma.ArticleRevisionSelect;

/** An ArticleRevision row as `revisionListSelect` reads it. */
export type RevisionListRow = Prisma.ArticleRevisionGetPayload<{ select: typeof revisionListSelect }>;

/** A revision row → its list item (word count from its plain text). */
export function toRevisionListItem(row: RevisionListRow, currentRevision: number): RevisionListItemDto {
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

/** Sort key of the revision list: the number, newest first (unique per article). */
const REVISION_CURSOR = cursorShape("revisions", ["integer"]);

type RevisionList = { articleId: string; title: string; currentRevision: number; revisions: RevisionListItemDto[]; nextCursor: string | null };

/**
 * An article's revisions, newest first (every signed-in member of the desk may read them): one
 * page of them, or all without `page`.
 */
export async function listRevisions(actor: Actor, articleId: string, page?: PageRequest): Promise<Result<RevisionList>> {
  const allowed = can(actor, "article.read");
  if (!allowed.ok) return refusedBy(allowed);
  const after = page?.cursor ? decodeCursor(REVISION_CURSOR, page.cursor) : null;
  if (after && !after.ok) return fail("invalid", after.message, { fieldErrors: { cursor: after.message } });
  const article = await db().article.findFirst({ where: { id: articleId, deletedAt: null }, select: { id: true, title: true, currentRevision: true } });
  if (!article) return notFound("Article");
  const rows = await db().articleRevision.findMany({
    where: { articleId, ...(after ? { number: { lt: after.value[0] } } : {}) },
    select: revisionListSelect,
    orderBy: { number: "desc" },
    ...(page ? { take: page.limit + 1 } : {}),
  });
  const toItem = (row: (typeof rows)[number]) => toRevisionListItem(row, article.currentRevision);
  const { items, nextCursor } = page ? toPage(rows, page.limit, REVISION_CURSOR, (row) => [row.number], toItem) : { items: rows.map(toItem), nextCursor: null };
  return ok({ articleId, title: article.title, currentRevision: article.currentRevision, revisions: items, nextCursor });
}
