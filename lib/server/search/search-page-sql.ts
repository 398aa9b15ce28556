import "server-only";
import type { ParsedSearchQuery } from "@/lib/search/search-query";
import { HEADLINE_OPTIONS } from "@/lib/search/snippet";
import { Prisma } from "@/lib/server/db/generated/client";
import type { SearchFilter } from "@/lib/validations/search";
import { searchHitsSql } from "./search-hits-sql";

/** Hits shown per article (the group says how many there are in all). */
export const HITS_PER_ARTICLE = 5;

/**
 * A text hit's snippet is cut from a window of the article this long (characters), around the
 * first place one of the query's words (or their stems) occurs: `ts_headline` parses all it is
 * given, and a long article parsed whole for every hit of every page is what made search slow.
 */
export const TEXT_WINDOW_CHARS = 2_400;
/** How much of the window comes before that first occurrence. */
const TEXT_WINDOW_LEAD = 600;

const ANNOTATION_TEXT = Prisma.sql`n."exact" || ' · ' || concat_ws(' · ', n."claimant", n."rationale", n."speaker", n."saidWhere", n."allegedBy", n."allegedAgainst", nullif(n."note", ''))`;

/**
 * One page of the desk search as SQL: `limit` articles from `offset`, each with its best hits
 * highlighted. Its text depends only on which filters are set: every value is a parameter, so it
 * runs as a prepared statement (lib/server/db/query-prepared).
 */
export function searchPageSql(query: ParsedSearchQuery, filter: SearchFilter, page: { limit: number; offset: number }): Prisma.Sql {
  // "at": where the first of the words occurs (0-based code points; null for a short text, -1 when none
  // occurs as written in a long one, a match through a stem only: then the whole text is used).
  // The window starts at the word boundary before it, or at 0. (OFFSET 0: "at" is computed once, not once per use.)
  const textWindow = Prisma.sql`
    SELECT b."start", CASE WHEN b."at" = -1 THEN r."text" ELSE substr(r."text", b."start" + 1, ${TEXT_WINDOW_CHARS}) END AS "text" FROM (
      SELECT o."at", CASE WHEN o."at" IS NULL OR o."at" <= ${TEXT_WINDOW_LEAD} THEN 0
        ELSE o."at" - ${TEXT_WINDOW_LEAD} + coalesce(nullif(strpos(substr(r."text", o."at" - ${TEXT_WINDOW_LEAD} + 1, 80), ' '), 0), 0) END AS "start"
      FROM (SELECT CASE WHEN length(r."text") <= ${TEXT_WINDOW_CHARS} THEN NULL
        ELSE coalesce((SELECT min(nullif(strpos(lower(r."text"), l), 0)) - 1 FROM unnest(q."locate") l), -1) END AS "at" OFFSET 0) o
    ) b`;
  return Prisma.sql`
    WITH ${searchHitsSql(query, filter)},
    groups AS (
      SELECT "articleId", max("rank") AS "best", count(*)::int AS "total" FROM hits
      GROUP BY "articleId" ORDER BY "best" DESC, "articleId" LIMIT ${page.limit} OFFSET ${page.offset}
    ),
    top AS (
      SELECT h.*, row_number() OVER (PARTITION BY h."articleId" ORDER BY h."rank" DESC, h."sourceId") AS "place"
      FROM hits h JOIN groups g ON g."articleId" = h."articleId"
    )
    SELECT g."articleId", g."best"::float8 AS "best", g."total", a."title", a."outlet", a."createdAt" AT TIME ZONE 'UTC' AS "createdAt",
      t."source", t."sourceId", t."annotationId", t."rank"::float8 AS "rank",
      w."text" AS "windowText", w."start" AS "windowStart",
      n."kind", n."status", n."verdict", u."name" AS "authorName",
      ts_headline('english', CASE t."source"
        WHEN 'title' THEN a."title"
        WHEN 'text' THEN w."text"
        WHEN 'annotation' THEN ${ANNOTATION_TEXT}
        WHEN 'evidence' THEN concat_ws(' · ', nullif(e."title", ''), nullif(e."excerpt", ''))
        ELSE c."body" END, q.query, ${HEADLINE_OPTIONS}) AS "headline"
    FROM groups g
    JOIN top t ON t."articleId" = g."articleId" AND t."place" <= ${HITS_PER_ARTICLE}
    JOIN "Article" a ON a."id" = g."articleId"
    CROSS JOIN q
    LEFT JOIN "ArticleRevision" r ON t."source" = 'text' AND r."id" = t."sourceId"
    LEFT JOIN LATERAL (${textWindow}) w ON t."source" = 'text'
    LEFT JOIN "Annotation" n ON n."id" = t."annotationId"
    LEFT JOIN "User" u ON u."id" = n."authorId"
    LEFT JOIN "Evidence" e ON t."source" = 'evidence' AND e."id" = t."sourceId"
    LEFT JOIN "Comment" c ON t."source" = 'comment' AND c."id" = t."sourceId"
    ORDER BY g."best" DESC, g."articleId", t."place"`;
}
