import "server-only";
import { ANNOTATION_KINDS, type AnnotationKind } from "@/lib/domain/annotation-kinds";
import { AWAITING_REVIEW_STATUSES, type ReviewStatus } from "@/lib/domain/review-statuses";
import { cursorShape, decodeCursor, toPage, type Page, type PageRequest } from "@/lib/paging/page-cursor";
import { can } from "@/lib/policy/policy";
import type { Actor } from "@/lib/server/auth/actor";
import { refusedBy } from "@/lib/server/auth/policy-refusal";
import { db } from "@/lib/server/db/prisma";
import { fail, ok, type Result } from "@/lib/server/errors";
import { dueWindow } from "@/lib/assignments/due-dates";
import type { Prisma } from "@/lib/server/db/generated/client";
import type { ArticleListFilter } from "@/lib/validations/assignment";
import { articleMetadataSelect, toArticleMetadataDto, type ArticleSummaryDto } from "./article-dto";

/** Sort key of the article list: newest first, then id (a total order). */
const ARTICLE_CURSOR = cursorShape("articles", ["timestamp", "string"]);

/** The article list's filters as a query: assignee (`me` is the actor), desk statuses, due window. */
function filterWhere(actor: Actor, filter: ArticleListFilter, now: Date): Prisma.ArticleWhereInput {
  const window = filter.due ? dueWindow(filter.due, now) : null;
  return {
    ...(filter.assignee ? { assignments: { some: { userId: filter.assignee === "me" ? actor.id : filter.assignee } } } : {}),
    ...(filter.status?.length ? { deskStatus: { in: filter.status } } : {}),
    ...(window ? { dueAt: window } : {}),
  };
}

/**
 * One page of the desk's articles, newest first, with annotation counts by kind and status, their
 * assignees, due date and desk status; optionally only those assigned to someone (`me`: the
 * actor), in some desk statuses, or overdue / due this week. Keyset paging on (createdAt, id):
 * any page costs what the first does, filters included.
 */
export async function listArticles(actor: Actor, page: PageRequest, filter: ArticleListFilter = {}, now = new Date()): Promise<Result<Page<ArticleSummaryDto>>> {
  const allowed = can(actor, "article.read");
  if (!allowed.ok) return refusedBy(allowed);
  const after = page.cursor === null ? null : decodeCursor(ARTICLE_CURSOR, page.cursor);
  if (after && !after.ok) return fail("invalid", after.message, { fieldErrors: { cursor: after.message } });
  const rows = await db().article.findMany({
    where: {
      deletedAt: null,
      ...filterWhere(actor, filter, now),
      // The redundant bound on createdAt lets the index scan start at the cursor.
      ...(after ? { createdAt: { lte: after.value[0] }, OR: [{ createdAt: { lt: after.value[0] } }, { id: { lt: after.value[1] } }] } : {}),
    },
    select: articleMetadataSelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: page.limit + 1,
  });
  const { items, nextCursor } = toPage(
    rows,
    page.limit,
    ARTICLE_CURSOR,
    (row) => [row.createdAt, row.id],
    (row) => row,
  );
  return ok({ items: await withCounts(items), nextCursor });
}

/** The articles with their annotation counts by kind and status. */
async function withCounts(articles: Parameters<typeof toArticleMetadataDto>[0][]): Promise<ArticleSummaryDto[]> {
  if (articles.length === 0) return [];
  const groups = await db().annotation.groupBy({
    by: ["articleId", "kind", "status", "anchorState"],
    where: { articleId: { in: articles.map((a) => a.id) }, deletedAt: null },
    _count: { _all: true },
  });
  return articles.map((article) => {
    const counts = Object.fromEntries(ANNOTATION_KINDS.map((kind) => [kind, 0])) as Record<AnnotationKind, number>;
    const statusCounts: Partial<Record<ReviewStatus, number>> = {};
    let orphaned = 0;
    for (const group of groups) {
      if (group.articleId !== article.id) continue;
      counts[group.kind] += group._count._all;
      statusCounts[group.status] = (statusCounts[group.status] ?? 0) + group._count._all;
      if (group.anchorState === "orphaned") orphaned += group._count._all;
    }
    const awaitingReview = AWAITING_REVIEW_STATUSES.reduce((sum, status) => sum + (statusCounts[status] ?? 0), 0);
    return { ...toArticleMetadataDto(article), counts, statusCounts, awaitingReview, orphaned };
  });
}
