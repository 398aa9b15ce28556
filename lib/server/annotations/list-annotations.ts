import "server-only";
import type { AnnotationKind } from "@/lib/domain/annotation-kinds";
import type { ReviewStatus } from "@/lib/domain/review-statuses";
import type { Actor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db/prisma";
import { notFound, ok, type Result } from "@/lib/server/errors";
import { annotationSelect, compareDocumentOrder, toAnnotationDto, type AnnotationDto } from "./annotation-dto";

/** An article's annotations in document order, optionally filtered by kind and status. */
export async function listAnnotations(
  _actor: Actor,
  articleId: string,
  filters: { kinds?: AnnotationKind[]; statuses?: ReviewStatus[] } = {},
): Promise<Result<AnnotationDto[]>> {
  const article = await db().article.findFirst({ where: { id: articleId, deletedAt: null }, select: { id: true } });
  if (!article) return notFound("Article");
  const rows = await db().annotation.findMany({
    where: {
      articleId,
      deletedAt: null,
      ...(filters.kinds?.length ? { kind: { in: filters.kinds } } : {}),
      ...(filters.statuses?.length ? { status: { in: filters.statuses } } : {}),
    },
    select: annotationSelect,
  });
  return ok(rows.map(toAnnotationDto).sort(compareDocumentOrder));
}
