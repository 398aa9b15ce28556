import "server-only";
import type { AnnotationKind } from "@/lib/domain/annotation-kinds";
import type { ReviewStatus } from "@/lib/domain/review-statuses";
import { cursorShape, decodeCursor, toPage, type Page, type PageRequest } from "@/lib/paging/page-cursor";
import { can } from "@/lib/policy/policy";
import type { Actor } from "@/lib/server/auth/actor";
import { refusedBy } from "@/lib/server/auth/policy-refusal";
import { db } from "@/lib/server/db/prisma";
import type { Prisma } from "@/lib/server/db/generated/client";
import { fail, notFound, ok, type Result } from "@/lib/server/errors";
import { annotationSelect, compareDocumentOrder, toAnnotationDto, type AnnotationDto } from "./annotation-dto";

type AnnotationFilters = { kinds?: AnnotationKind[]; statuses?: ReviewStatus[] };

/**
 * Sort key of document order (start, longer (enclosing) spans first, then id), after the article
 * revision the list was started at: offsets of one revision mean nothing in another.
 */
const ANNOTATION_CURSOR = cursorShape("annotations", ["integer", "integer", "integer", "string"]);

/** A page of annotations and the article revision it was read at (every anchored annotation is at it). */
export type AnnotationPage = Page<AnnotationDto> & { revision: number };

function filterWhere(articleId: string, filters: AnnotationFilters): Prisma.AnnotationWhereInput {
  return {
    articleId,
    deletedAt: null,
    ...(filters.kinds?.length ? { kind: { in: filters.kinds } } : {}),
    ...(filters.statuses?.length ? { status: { in: filters.statuses } } : {}),
  };
}

async function articleExists(articleId: string): Promise<boolean> {
  return (await db().article.findFirst({ where: { id: articleId, deletedAt: null }, select: { id: true } })) !== null;
}

/** All of an article's annotations in document order (for the viewer), optionally filtered by kind and status. */
export async function listAnnotations(actor: Actor, articleId: string, filters: AnnotationFilters = {}): Promise<Result<AnnotationDto[]>> {
  const allowed = can(actor, "article.read");
  if (!allowed.ok) return refusedBy(allowed);
  if (!(await articleExists(articleId))) return notFound("Article");
  const rows = await db().annotation.findMany({ where: filterWhere(articleId, filters), select: annotationSelect });
  return ok(rows.map(toAnnotationDto).sort(compareDocumentOrder));
}

/**
 * One page of an article's annotations in document order (start, end descending, id), filtered
 * like {@link listAnnotations}. Keyset paging on that order's index. The article's revision and
 * the page are read in one snapshot (a revision saved meanwhile re-anchors every annotation at
 * once), and a cursor from before a revision is refused (409): the reader starts again.
 */
export async function listAnnotationPage(actor: Actor, articleId: string, filters: AnnotationFilters, page: PageRequest): Promise<Result<AnnotationPage>> {
  const allowed = can(actor, "article.read");
  if (!allowed.ok) return refusedBy(allowed);
  const after = page.cursor === null ? null : decodeCursor(ANNOTATION_CURSOR, page.cursor);
  if (after && !after.ok) return fail("invalid", after.message, { fieldErrors: { cursor: after.message } });
  const afterWhere: Prisma.AnnotationWhereInput = after
    ? (([, start, end, id]) => ({
        start: { gte: start },
        OR: [{ start: { gt: start } }, { end: { lt: end } }, { end, id: { gt: id } }],
      }))(after.value)
    : {};
  const read = await db().$transaction(
    async (tx) => {
      const article = await tx.article.findFirst({ where: { id: articleId, deletedAt: null }, select: { currentRevision: true } });
      if (!article || (after && after.value[0] !== article.currentRevision)) return { revision: article?.currentRevision ?? null, rows: [] };
      const rows = await tx.annotation.findMany({
        where: { ...filterWhere(articleId, filters), ...afterWhere },
        select: annotationSelect,
        orderBy: [{ start: "asc" }, { end: "desc" }, { id: "asc" }],
        take: page.limit + 1,
      });
      return { revision: article.currentRevision, rows };
    },
    { isolationLevel: "RepeatableRead" },
  );
  const revision = read.revision;
  if (revision === null) return notFound("Article");
  if (after && after.value[0] !== revision) {
    return fail("conflict", `The article was revised (it is now at revision ${revision}) after this list was started: read it again from the first page`, {
      details: { revision },
    });
  }
  return ok({ ...toPage(read.rows, page.limit, ANNOTATION_CURSOR, (row) => [revision, row.start, row.end, row.id], toAnnotationDto), revision });
}
