import "server-only";
import { SENTENCE_CONTEXT_MAX_SIDE, sentenceContext, type SentenceContext } from "@/lib/review/sentence-context";
import { annotationSelect, toAnnotationDto } from "@/lib/server/annotations/annotation-dto";
import { cursorShape, decodeCursor, INVALID_CURSOR, toPage, type CursorKey, type PageRequest } from "@/lib/paging/page-cursor";
import { can, canAttempt } from "@/lib/policy/policy";
import type { Actor } from "@/lib/server/auth/actor";
import { refusedBy } from "@/lib/server/auth/policy-refusal";
import { db } from "@/lib/server/db/prisma";
import type { Prisma } from "@/lib/server/db/generated/client";
import { fail, ok, type Result } from "@/lib/server/errors";
import { REVIEW_QUEUE_STATUSES, type ReviewQueueFilter } from "@/lib/validations/review";
import type { ReviewQueueDto, ReviewQueueItemDto } from "./review-dto";

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

/** Sort key of the queue: status group (re-reviews first), submission (nulls first), creation, id. */
const QUEUE_CURSOR = cursorShape("review-queue", ["string", "timestamp?", "timestamp", "string"]);
type QueueKey = CursorKey<typeof QUEUE_CURSOR.fields>;
type QueueStatus = (typeof REVIEW_QUEUE_STATUSES)[number];

/**
 * The queue is read in segments, each in the order of the (status, submittedAt, createdAt, id)
 * index: per status, first those never submitted (submittedAt null), then by submission.
 */
type Segment = { status: QueueStatus; submitted: boolean };

function segmentWhere({ status, submitted }: Segment): Prisma.AnnotationWhereInput {
  return { status, submittedAt: submitted ? { not: null } : null };
}

/** Rows of the cursor's own segment that come after it. */
function afterKeyWhere([, submittedAt, createdAt, id]: QueueKey): Prisma.AnnotationWhereInput {
  const sameSubmission: Prisma.AnnotationWhereInput = { createdAt: { gte: createdAt }, OR: [{ createdAt: { gt: createdAt } }, { createdAt, id: { gt: id } }] };
  if (submittedAt === null) return sameSubmission;
  return { submittedAt: { gte: submittedAt }, OR: [{ submittedAt: { gt: submittedAt } }, { submittedAt, ...sameSubmission }] };
}

/**
 * One page of the review queue: every annotation awaiting a reviewer (submitted or needing
 * re-review) on articles that still exist — re-reviews first, then the oldest submission first —
 * optionally filtered by article, kind, author and status, each with its sentence for context;
 * `total` counts every match, `forYou` those the reader may decide. Keyset paging on (status, submittedAt, createdAt, id). Every
 * signed-in member of the desk may look at it; deciding is checked when they act.
 */
export async function listReviewQueue(actor: Actor, filters: ReviewQueueFilter, page: PageRequest): Promise<Result<ReviewQueueDto>> {
  const allowed = can(actor, "review.queue");
  if (!allowed.ok) return refusedBy(allowed);
  const after = page.cursor === null ? null : decodeCursor(QUEUE_CURSOR, page.cursor);
  if (after && !after.ok) return fail("invalid", INVALID_CURSOR, { fieldErrors: { cursor: INVALID_CURSOR } });
  const statuses = REVIEW_QUEUE_STATUSES.filter((status) => !filters.status?.length || filters.status.includes(status));
  const where: Prisma.AnnotationWhereInput = {
    deletedAt: null,
    article: { deletedAt: null },
    ...(filters.article ? { articleId: filters.article } : {}),
    ...(filters.author ? { authorId: filters.author } : {}),
    ...(filters.kind?.length ? { kind: { in: filters.kind } } : {}),
  };
  const select = { ...annotationSelect, submittedAt: true, article: { select: { id: true, title: true } } } as const satisfies Prisma.AnnotationSelect;

  // One query per segment keeps "re-reviews first" explicit (enum order is not a queue order).
  const segments: Segment[] = REVIEW_QUEUE_STATUSES.flatMap((status) => [
    { status, submitted: false },
    { status, submitted: true },
  ]);
  const first = after ? segments.findIndex((segment) => segment.status === after.value[0] && segment.submitted === (after.value[1] !== null)) : 0;
  if (first < 0) return fail("invalid", INVALID_CURSOR, { fieldErrors: { cursor: INVALID_CURSOR } });
  const rows = [];
  for (const [index, segment] of segments.entries()) {
    if (index < first || !statuses.includes(segment.status) || rows.length > page.limit) continue;
    rows.push(
      ...(await db().annotation.findMany({
        where: { AND: [where, segmentWhere(segment), index === first && after ? afterKeyWhere(after.value) : {}] },
        select,
        orderBy: [{ submittedAt: "asc" }, { createdAt: "asc" }, { id: "asc" }],
        take: page.limit + 1 - rows.length,
      })),
    );
  }
  const matching: Prisma.AnnotationWhereInput = { ...where, status: { in: [...statuses] } };
  const [total, forYou] = await Promise.all([
    db().annotation.count({ where: matching }),
    canAttempt(actor, "annotation.decide").ok ? db().annotation.count({ where: { ...matching, authorId: { not: actor.id }, lastEditedById: { not: actor.id } } }) : Promise.resolve(null),
  ]);
  const { items: kept, nextCursor } = toPage(
    rows,
    page.limit,
    QUEUE_CURSOR,
    (row) => [row.status, row.submittedAt, row.createdAt, row.id],
    (row) => row,
  );
  const contexts = await sentenceContexts(kept);
  const items: ReviewQueueItemDto[] = kept.map((row) => ({
    annotation: toAnnotationDto(row),
    article: row.article,
    context: contexts.get(row.id)!,
    submittedAt: row.submittedAt?.toISOString() ?? null,
  }));
  return ok({ items, total, forYou, nextCursor });
}
