import "server-only";
import type { AnnotationKind } from "@/lib/domain/annotation-kinds";
import type { ReviewStatus } from "@/lib/domain/review-statuses";
import type { AnnotationDto } from "@/lib/dto/annotation-dto";
import type { Pool } from "pg";
import { databasePool, db } from "@/lib/server/db/prisma";
import type { EvidenceInput } from "@/lib/validations/annotation";
import { annotationDtoFromFlatRow, type FlatAnnotationRow } from "./flat-annotation-row";

/** Which of an article's live annotations to read, in document order (start, end descending, id). */
export type AnnotationRowQuery = {
  articleId: string;
  kinds?: AnnotationKind[];
  statuses?: ReviewStatus[];
  /** Keyset: only rows after this sort key. */
  after?: { start: number; end: number; id: string } | null;
  limit?: number;
};

const ISO_TIME = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

// Dates leave PostgreSQL as the strings the DTO shows (timestamps are stored in UTC), so no Date
// is built per row. The revision number and the reused article's title are scalar lookups
// (fewer joins to plan). Evidence is a second, flat query by the rows' ids: an aggregate joined
// to the rows is re-run per row by plans that misjudge a new article's size.
const SELECT = `
  SELECT a."id", a."articleId", a."kind", a."status", a."anchorState", a."version",
         (SELECT r."number" FROM "ArticleRevision" r WHERE r."id" = a."revisionId") AS "revision",
         a."start", a."end", a."exact", a."prefix", a."suffix", a."previousExact", a."note",
         a."claimant", a."verdict", a."rationale", a."speaker", a."saidWhere", to_char(a."saidOn", 'YYYY-MM-DD') AS "saidOn", a."wordingVerified",
         a."allegedBy", a."allegedAgainst", a."rightOfReplySought", to_char(a."rightOfReplySoughtOn", 'YYYY-MM-DD') AS "rightOfReplySoughtOn",
         a."authorId", au."name" AS "authorName",
         a."lastEditedById", ed."name" AS "lastEditedByName",
         d."id" AS "decisionId", d."action" AS "decisionAction", d."reason" AS "decisionReason", to_char(d."createdAt", ${ISO_TIME}) AS "decisionAt",
         d."actorId" AS "decisionById", da."name" AS "decisionByName",
         a."reusedFromId", ru."articleId" AS "reusedFromArticleId", (SELECT ra."title" FROM "Article" ra WHERE ra."id" = ru."articleId") AS "reusedFromTitle",
         to_char(a."createdAt", ${ISO_TIME}) AS "createdAt", to_char(a."updatedAt", ${ISO_TIME}) AS "updatedAt"
  FROM "Annotation" a
  JOIN "User" au ON au."id" = a."authorId"
  JOIN "User" ed ON ed."id" = a."lastEditedById"
  LEFT JOIN "ReviewDecision" d ON d."id" = a."lastDecisionId"
  LEFT JOIN "User" da ON da."id" = d."actorId"
  LEFT JOIN "Annotation" ru ON ru."id" = a."reusedFromId"`;

/**
 * An article's live annotations as DTOs in two flat queries (the rows with their people and
 * decision joined, then their evidence), straight from `pg` rows: the hot read of the article
 * page and the annotations API.
 * Authorisation is the caller's (these are use cases' building blocks).
 */
export async function readAnnotationRows(query: AnnotationRowQuery): Promise<AnnotationDto[]> {
  const values: unknown[] = [query.articleId];
  const where = [`a."articleId" = $1`, `a."deletedAt" IS NULL`];
  if (query.kinds?.length) {
    values.push(query.kinds);
    where.push(`a."kind"::text = ANY($${values.length}::text[])`);
  }
  if (query.statuses?.length) {
    values.push(query.statuses);
    where.push(`a."status"::text = ANY($${values.length}::text[])`);
  }
  if (query.after) {
    values.push(query.after.start, query.after.end, query.after.id);
    const [start, end, id] = [values.length - 2, values.length - 1, values.length].map((n) => `$${n}`);
    where.push(`a."start" >= ${start} AND (a."start" > ${start} OR a."end" < ${end} OR (a."end" = ${end} AND a."id" > ${id}))`);
  }
  let sql = `${SELECT}\n  WHERE ${where.join(" AND ")}\n  ORDER BY a."start" ASC, a."end" DESC, a."id" ASC`;
  if (query.limit !== undefined) {
    values.push(query.limit);
    sql += ` LIMIT $${values.length}`;
  }
  db(); // opens the pool on first use
  const pool = databasePool();
  if (!pool) throw new Error("the database pool is not open");
  const { rows } = await pool.query<Omit<FlatAnnotationRow, "evidence">>(sql, values);
  const evidence = await readEvidence(
    pool,
    rows.map((row) => row.id),
  );
  return rows.map((row) => annotationDtoFromFlatRow({ ...row, evidence: evidence.get(row.id) ?? null }));
}

const EVIDENCE_SQL = `
  SELECT e."annotationId", e."url", e."title", e."excerpt", to_char(e."accessedOn", 'YYYY-MM-DD') AS "accessedOn"
  FROM "Evidence" e WHERE e."annotationId" = ANY($1::text[])
  ORDER BY e."annotationId", e."position"`;

/** Each annotation's evidence, in its order. */
async function readEvidence(pool: Pool, annotationIds: string[]): Promise<Map<string, EvidenceInput[]>> {
  const byAnnotation = new Map<string, EvidenceInput[]>();
  if (annotationIds.length === 0) return byAnnotation;
  const { rows } = await pool.query<EvidenceInput & { annotationId: string }>(EVIDENCE_SQL, [annotationIds]);
  for (const { annotationId, url, title, excerpt, accessedOn } of rows) {
    const items = byAnnotation.get(annotationId);
    const item = { url, title, excerpt, accessedOn };
    if (items) items.push(item);
    else byAnnotation.set(annotationId, [item]);
  }
  return byAnnotation;
}
