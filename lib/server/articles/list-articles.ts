import "server-only";
import { ANNOTATION_KINDS, type AnnotationKind } from "@/lib/domain/annotation-kinds";
import { AWAITING_REVIEW_STATUSES, type ReviewStatus } from "@/lib/domain/review-statuses";
import type { Actor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db/prisma";
import { articleMetadataSelect, toArticleMetadataDto, type ArticleSummaryDto } from "./article-dto";

/** Every article of the desk, newest first, with annotation counts by kind and status. */
export async function listArticles(_actor: Actor, options: { limit?: number } = {}): Promise<ArticleSummaryDto[]> {
  const articles = await db().article.findMany({
    where: { deletedAt: null },
    select: articleMetadataSelect,
    orderBy: { createdAt: "desc" },
    take: options.limit ?? 500,
  });
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
