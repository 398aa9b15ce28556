import "server-only";
import type { AnnotationKind } from "@/lib/domain/annotation-kinds";
import type { ReviewStatus } from "@/lib/domain/review-statuses";
import type { Verdict } from "@/lib/domain/verdicts";
import type { SearchGroupDto, SearchHitDto, SearchHitSource, SearchPageDto } from "@/lib/dto/search-dto";
import { cursorShape, decodeCursor, encodeCursor, type PageRequest } from "@/lib/paging/page-cursor";
import { can } from "@/lib/policy/policy";
import { parseSearchQuery } from "@/lib/search/search-query";
import { firstHitOffsets, HEADLINE_OPTIONS, snippetParts } from "@/lib/search/snippet";
import type { Actor } from "@/lib/server/auth/actor";
import { refusedBy } from "@/lib/server/auth/policy-refusal";
import { Prisma } from "@/lib/server/db/generated/client";
import { db } from "@/lib/server/db/prisma";
import { fail, ok, type Result } from "@/lib/server/errors";
import type { SearchFilter } from "@/lib/validations/search";
import { searchHitsSql } from "./search-hits-sql";

/** Results are ranked, so pages are numbered by position in the ranking. */
const SEARCH_CURSOR = cursorShape("search", ["integer"]);
/** Hits shown per article (the group says how many there are in all). */
const HITS_PER_ARTICLE = 5;

type Row = {
  articleId: string;
  best: number;
  total: number;
  title: string;
  outlet: string;
  createdAt: Date;
  source: SearchHitSource;
  sourceId: string;
  annotationId: string | null;
  rank: number;
  headline: string;
  revisionText: string | null;
  kind: AnnotationKind | null;
  status: ReviewStatus | null;
  verdict: Verdict | null;
  authorName: string | null;
};

const ANNOTATION_TEXT = Prisma.sql`n."exact" || ' · ' || concat_ws(' · ', n."claimant", n."rationale", n."speaker", n."saidWhere", n."allegedBy", n."allegedAgainst", nullif(n."note", ''))`;

function hitOf(row: Row): SearchHitDto {
  const snippet = snippetParts(row.headline);
  const passage = row.source === "text" && row.revisionText !== null ? firstHitOffsets(row.revisionText, snippet) : null;
  const base = `/articles/${row.articleId}`;
  const href = row.annotationId ? `${base}#annotation-${row.annotationId}` : passage ? `${base}#passage-${passage.start}-${passage.end}` : base;
  const annotation = row.annotationId && row.kind && row.status ? { id: row.annotationId, kind: row.kind, status: row.status, verdict: row.verdict, authorName: row.authorName ?? "" } : null;
  return { source: row.source, rank: row.rank, snippet, href, annotation, passage };
}

function groupRows(rows: Row[]): SearchGroupDto[] {
  const groups = new Map<string, SearchGroupDto>();
  for (const row of rows) {
    let group = groups.get(row.articleId);
    if (!group) {
      group = { article: { id: row.articleId, title: row.title, outlet: row.outlet, createdAt: row.createdAt.toISOString() }, rank: row.best, totalHits: row.total, hits: [] };
      groups.set(row.articleId, group);
    }
    group.hits.push(hitOf(row));
  }
  return [...groups.values()];
}

/**
 * Searches the whole desk — article titles and current text, annotations (quote, note, kind
 * fields), evidence titles and excerpts, comments — and returns one page of articles, best match
 * first, each with its best few hits highlighted and linked to the exact annotation or passage.
 * Phrases in quotes, `or`, `-word`, and the last word as a prefix. Everyone who may read
 * articles may search them all; deleted articles and annotations are never found.
 */
export async function searchDesk(actor: Actor, filter: SearchFilter, page: PageRequest): Promise<Result<SearchPageDto>> {
  const allowed = can(actor, "article.read");
  if (!allowed.ok) return refusedBy(allowed);
  const parsed = parseSearchQuery(filter.q);
  if (!parsed.ok) return fail("invalid", parsed.message, { fieldErrors: { q: parsed.message } });
  const after = page.cursor === null ? null : decodeCursor(SEARCH_CURSOR, page.cursor);
  if (after && !after.ok) return fail("invalid", after.message, { fieldErrors: { cursor: after.message } });
  const offset = after ? after.value[0] : 0;
  const rows = await db().$queryRaw<Row[]>`
    WITH ${searchHitsSql(parsed.query, filter)},
    groups AS (
      SELECT "articleId", max("rank") AS "best", count(*)::int AS "total" FROM hits
      GROUP BY "articleId" ORDER BY "best" DESC, "articleId" LIMIT ${page.limit + 1} OFFSET ${offset}
    ),
    top AS (
      SELECT h.*, row_number() OVER (PARTITION BY h."articleId" ORDER BY h."rank" DESC, h."sourceId") AS "place"
      FROM hits h JOIN groups g ON g."articleId" = h."articleId"
    )
    SELECT g."articleId", g."best"::float8 AS "best", g."total", a."title", a."outlet", a."createdAt",
      t."source", t."sourceId", t."annotationId", t."rank"::float8 AS "rank",
      CASE WHEN t."source" = 'text' THEN r."text" END AS "revisionText",
      n."kind", n."status", n."verdict", u."name" AS "authorName",
      ts_headline('english', CASE t."source"
        WHEN 'title' THEN a."title"
        WHEN 'text' THEN r."text"
        WHEN 'annotation' THEN ${ANNOTATION_TEXT}
        WHEN 'evidence' THEN concat_ws(' · ', nullif(e."title", ''), nullif(e."excerpt", ''))
        ELSE c."body" END, q.query, ${HEADLINE_OPTIONS}) AS "headline"
    FROM groups g
    JOIN top t ON t."articleId" = g."articleId" AND t."place" <= ${HITS_PER_ARTICLE}
    JOIN "Article" a ON a."id" = g."articleId"
    CROSS JOIN q
    LEFT JOIN "ArticleRevision" r ON t."source" = 'text' AND r."id" = t."sourceId"
    LEFT JOIN "Annotation" n ON n."id" = t."annotationId"
    LEFT JOIN "User" u ON u."id" = n."authorId"
    LEFT JOIN "Evidence" e ON t."source" = 'evidence' AND e."id" = t."sourceId"
    LEFT JOIN "Comment" c ON t."source" = 'comment' AND c."id" = t."sourceId"
    ORDER BY g."best" DESC, g."articleId", t."place"`;
  const groups = groupRows(rows);
  const more = groups.length > page.limit;
  return ok({ groups: groups.slice(0, page.limit), nextCursor: more ? encodeCursor(SEARCH_CURSOR, [offset + page.limit]) : null });
}
