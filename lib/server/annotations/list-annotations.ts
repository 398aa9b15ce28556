import "server-only";
import type { AnnotationKind } from "@/lib/domain/annotation-kinds";
import type { ReviewStatus } from "@/lib/domain/review-statuses";
import { cursorShape, decodeCursor, toPage, type Page, type PageRequest } from "@/lib/paging/page-cursor";
import { can } from "@/lib/policy/policy";
import type { Actor } from "@/lib/server/auth/actor";
import { refusedBy } from "@/lib/server/auth/policy-refusal";
import { db } from "@/lib/server/db/prisma";
import { fail, notFound, ok, type Result } from "@/lib/server/errors";
import { compareDocumentOrder, type AnnotationDto } from "./annotation-dto";
import { readAnnotationRows } from "./read-annotation-rows";

type AnnotationFilters = { kinds?: AnnotationKind[]; statuses?: ReviewStatus[] };

/** Sort key of document order: start, longer (enclosing) spans first, then id. */
const ANNOTATION_CURSOR = cursorShape("annotations", ["integer", "integer", "string"]);

async function articleExists(articleId: string): Promise<boolean> {
  return (await db().article.findFirst({ where: { id: articleId, deletedAt: null }, select: { id: true } })) !== null;
}

/** All of an article's annotations in document order (for the viewer), optionally filtered by kind and status. */
export async function listAnnotations(actor: Actor, articleId: string, filters: AnnotationFilters = {}): Promise<Result<AnnotationDto[]>> {
  const allowed = can(actor, "article.read");
  if (!allowed.ok) return refusedBy(allowed);
  // The article check and the read go out together (one round trip's wait).
  const [exists, annotations] = await Promise.all([articleExists(articleId), readAnnotationRows({ articleId, ...filters })]);
  if (!exists) return notFound("Article");
  return ok(annotations.sort(compareDocumentOrder));
}

/**
 * One page of an article's annotations in document order (start, end descending, id), filtered
 * like {@link listAnnotations}. Keyset paging on that order's index, in one joined query.
 */
export async function listAnnotationPage(actor: Actor, articleId: string, filters: AnnotationFilters, page: PageRequest): Promise<Result<Page<AnnotationDto>>> {
  const allowed = can(actor, "article.read");
  if (!allowed.ok) return refusedBy(allowed);
  const after = page.cursor === null ? null : decodeCursor(ANNOTATION_CURSOR, page.cursor);
  if (after && !after.ok) return fail("invalid", after.message, { fieldErrors: { cursor: after.message } });
  const [exists, rows] = await Promise.all([
    articleExists(articleId),
    readAnnotationRows({ articleId, ...filters, after: after ? { start: after.value[0], end: after.value[1], id: after.value[2] } : null, limit: page.limit + 1 }),
  ]);
  if (!exists) return notFound("Article");
  return ok(
    toPage(
      rows,
      page.limit,
      ANNOTATION_CURSOR,
      (row) => [row.start, row.end, row.id],
      (row) => row,
    ),
  );
}
