import "server-only";
import { can } from "@/lib/policy/policy";
import type { Actor } from "@/lib/server/auth/actor";
import { refusedBy } from "@/lib/server/auth/policy-refusal";
import { db } from "@/lib/server/db/prisma";
import { notFound, ok, type Result } from "@/lib/server/errors";
import { articleMetadataSelect, toArticleMetadataDto, type ArticleDetailDto } from "./article-dto";

/** One article with its current revision's text (and, with `withDocument`, its editor document). */
export async function getArticle(actor: Actor, articleId: string, options: { withDocument?: boolean } = {}): Promise<Result<ArticleDetailDto & { doc?: unknown }>> {
  const allowed = can(actor, "article.read");
  if (!allowed.ok) return refusedBy(allowed);
  const article = await db().article.findFirst({
    where: { id: articleId, deletedAt: null },
    select: { ...articleMetadataSelect, createdBy: { select: { id: true, name: true } } },
  });
  if (!article) return notFound("Article");
  const revision = await db().articleRevision.findUnique({
    where: { articleId_number: { articleId, number: article.currentRevision } },
    select: { id: true, number: true, createdAt: true, text: true, doc: options.withDocument ?? false, createdBy: { select: { id: true, name: true } } },
  });
  if (!revision) return notFound("Article");
  return ok({
    ...toArticleMetadataDto(article),
    createdBy: article.createdBy,
    revision: { id: revision.id, number: revision.number, createdAt: revision.createdAt.toISOString(), createdBy: revision.createdBy },
    text: revision.text,
    ...(options.withDocument ? { doc: revision.doc } : {}),
  });
}
