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

/**
 * Sort key of document order (start, longer (enclosing) spans first, then id), after the article
 * revision the list was started at: offsets of one revision mean nothing in another.
 */
const ANNOTATION_CURSOR = cursorShape("annotations", ["integer", "integer", "integer", "string"]);

/** A page of annotations and the article revision it was read at (every anchored annotation is at it). */
export type AnnotationPage = Page<AnnotationDto> & { revision: number };

/** How many times a page is read again when a revision was saved between it and the article's revision. */
const SNAPSHOT_ATTEMPTS = 3;

/** The article's current revision number, or null when there is no such (live) article. */
async function currentRevision(articleId: string): Promise<number | null> {
  return (await db().article.findFirst({ where: { id: articleId, deletedAt: null }, select: { currentRevision: true } }))?.currentRevision ?? null;
}

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
 * like {@link listAnnotations}. Keyset paging on that order's index, in one joined query. The
 * page names the article revision it was read at: the article's revision is read beside the page
 * and must be the one every anchored annotation on it is at (a revision saved between the two
 * reads re-anchored them all at once: read again), and a cursor from before a revision is
 * refused (409): the reader starts again from the first page.
 */
export async function listAnnotationPage(actor: Actor, articleId: string, filters: AnnotationFilters, page: PageRequest): Promise<Result<AnnotationPage>> {
  const allowed = can(actor, "article.read");
  if (!allowed.ok) return refusedBy(allowed);
  const after = page.cursor === null ? null : decodeCursor(ANNOTATION_CURSOR, page.cursor);
  if (after && !after.ok) return fail("invalid", after.message, { fieldErrors: { cursor: after.message } });
  for (let attempt = 0; attempt < SNAPSHOT_ATTEMPTS; attempt += 1) {
    const [revision, rows] = await Promise.all([
      currentRevision(articleId),
      readAnnotationRows({ articleId, ...filters, after: after ? { start: after.value[1], end: after.value[2], id: after.value[3] } : null, limit: page.limit + 1 }),
    ]);
    if (revision === null) return notFound("Article");
    if (after && after.value[0] !== revision) {
      return fail("conflict", `The article was revised (it is now at revision ${revision}) after this list was started: read it again from the first page`, {
        details: { revision },
      });
    }
    if (rows.every((row) => row.anchorState === "orphaned" || row.revision === revision)) {
      return ok({
        ...toPage(
          rows,
          page.limit,
          ANNOTATION_CURSOR,
          (row) => [revision, row.start, row.end, row.id],
          (row) => row,
        ),
        revision,
      });
    }
  }
  return fail("conflict", "The article is being revised right now: read its annotations again from the first page");
}
