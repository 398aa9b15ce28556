import "server-only";
import { SENTENCE_CONTEXT_MAX_SIDE, sentenceContext, type SentenceContext } from "@/lib/review/sentence-context";
import { annotationSelect, toAnnotationDto } from "@/lib/server/annotations/annotation-dto";
import type { Actor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db/prisma";
import type { Prisma } from "@/lib/server/db/generated/client";
import { REVIEW_QUEUE_STATUSES, type ReviewQueueFilter } from "@/lib/validations/review";
import type { ReviewQueueDto, ReviewQueueItemDto } from "./review-dto";

/** Most items returned at once; `total` says how many match. */
export const REVIEW_QUEUE_LIMIT = 200;

/** Code points of text fetched on each side of a span: past the context cap, so the context is exact. */
const WINDOW_MARGIN = SENTENCE_CONTEXT_MAX_SIDE + 16;

type TextWindow = { id: string; offset: number; window: string };

/**
 * The sentence around each annotation's span, from the revision it is anchored to. Only a window
 * of each revision's text is read (PostgreSQL's substring counts characters, i.e. code points,
 * like the stored offsets), so a queue over long articles stays cheap.
 */
async function sentenceContexts(annotations: { id: string; start: number; end: number }[]): Promise<Map<string, SentenceContext>> {
  if (annotations.length === 0) return new Map();
  const windows = await db().$queryRaw<TextWindow[]>`
    SELECT a."id", GREATEST(a."start" - ${WINDOW_MARGIN}::int, 0) AS "offset",
           substring(r."text" FROM GREATEST(a."start" - ${WINDOW_MARGIN}::int, 0) + 1
                              FOR a."end" - GREATEST(a."start" - ${WINDOW_MARGIN}::int, 0) + ${WINDOW_MARGIN}::int) AS "window"
    FROM "Annotation" a JOIN "ArticleRevision" r ON r."id" = a."revisionId"
    WHERE a."id" = ANY(${annotations.map((a) => a.id)}::text[])`;
  const byId = new Map(windows.map((w) => [w.id, w]));
  return new Map(
    annotations.map((a) => {
      const w = byId.get(a.id);
      const offset = Number(w?.offset ?? 0);
      return [a.id, sentenceContext(w?.window ?? "", a.start - offset, a.end - offset)];
    }),
  );
}

/**
 * The review queue: every annotation awaiting a reviewer (submitted or needing re-review) on
 * articles that still exist — re-reviews first, then the oldest submission first — optionally
 * filtered by article, kind, author and status, each with its sentence for context. Every
 * signed-in member of the desk may look at it; deciding is checked when they act.
 */
export async function listReviewQueue(_actor: Actor, filters: ReviewQueueFilter = {}): Promise<ReviewQueueDto> {
  const statuses = REVIEW_QUEUE_STATUSES.filter((status) => !filters.status?.length || filters.status.includes(status));
  const where: Prisma.AnnotationWhereInput = {
    deletedAt: null,
    article: { deletedAt: null },
    ...(filters.article ? { articleId: filters.article } : {}),
    ...(filters.author ? { authorId: filters.author } : {}),
    ...(filters.kind?.length ? { kind: { in: filters.kind } } : {}),
  };
  const select = { ...annotationSelect, submittedAt: true, article: { select: { id: true, title: true } } } as const;

  // One query per status keeps "re-reviews first" explicit (enum order is not a queue order).
  const rows = [];
  for (const status of statuses) {
    if (rows.length >= REVIEW_QUEUE_LIMIT) break;
    rows.push(
      ...(await db().annotation.findMany({
        where: { ...where, status },
        select,
        orderBy: [{ submittedAt: { sort: "asc", nulls: "first" } }, { createdAt: "asc" }, { id: "asc" }],
        take: REVIEW_QUEUE_LIMIT - rows.length,
      })),
    );
  }
  const total = await db().annotation.count({ where: { ...where, status: { in: [...statuses] } } });
  const contexts = await sentenceContexts(rows);
  const items: ReviewQueueItemDto[] = rows.map((row) => ({
    annotation: toAnnotationDto(row),
    article: row.article,
    context: contexts.get(row.id)!,
    submittedAt: row.submittedAt?.toISOString() ?? null,
  }));
  return { items, total };
}
