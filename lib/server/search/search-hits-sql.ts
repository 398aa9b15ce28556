import "server-only";
import { lastWordLiteral, prefixRange, prefixWord, requiredPhrases, wordsToLocate, type ParsedSearchQuery } from "@/lib/search/search-query";
import { Prisma } from "@/lib/server/db/generated/client";
import { narrowsToAnnotations, type SearchFilter } from "@/lib/validations/search";

/**
 * At most this many matches of each source (annotations, revisions, evidence, comments) are
 * ranked: a word found all over the desk ranks the first ones the index yields rather than
 * reading (and joining, and ranking) every row that has it. Selective queries (the usual case)
 * are ranked in full. Each candidate costs a heap visit, joins and a rank, so this bound is what
 * keeps a common word as quick as a rare one (`npm run bench -- search`).
 */
export const MAX_RANKED_PER_SOURCE = 200;

/** Article titles are few and small, and the strongest signal: more of them are ranked. */
export const MAX_RANKED_TITLES = 1_000;

/**
 * A prefix standing for more whole words than this is matched as a prefix (a GIN partial match);
 * up to this many, through those words, looked up in the desk's lexicon (`SearchLexeme`).
 */
export const MAX_PREFIX_EXPANSION = 32;

/**
 * The prefix term as the index is searched with it: the whole lexemes of the desk's lexicon it
 * stands for (`'inflation' | 'inflationary'`, each an exact GIN lookup) when there are at most
 * {@link MAX_PREFIX_EXPANSION}; else, or when the database does not read the word as that one
 * lexeme, the prefix itself (`'inflation':*`). The lexicon holds every lexeme of every search
 * vector (kept by triggers, migration 202612012000_search_lexicon), so both find the same rows.
 * Ranks and highlights keep the prefix query: ts_rank weighs a query by its number of terms.
 */
function prefixMatchSql(query: ParsedSearchQuery): Prisma.Sql {
  const word = prefixWord(query);
  const range = prefixRange(query);
  if (!range) return Prisma.sql`to_tsquery('simple', ${query.prefix})`;
  // Each lexeme as a tsquery literal: quoted, with quotes and backslashes escaped.
  const literal = Prisma.raw(String.raw`'''' || replace(replace(l."lexeme", '\', '\\'), '''', '\''') || ''''`);
  // A range, not LIKE: an index range even in a generic plan of the prepared statement.
  return Prisma.sql`coalesce((
      SELECT CASE WHEN count(*) BETWEEN 1 AND ${MAX_PREFIX_EXPANSION} THEN string_agg(${literal}, ' | ')::tsquery END
      FROM (SELECT DISTINCT s."lexeme" FROM "SearchLexeme" s
        WHERE s."lexeme" >= (${range.from}::text COLLATE "C") AND s."lexeme" < (${range.to}::text COLLATE "C") LIMIT ${MAX_PREFIX_EXPANSION + 1}) l
      WHERE tsvector_to_array(to_tsvector('simple', ${word})) = ARRAY[${word}]::text[] AND numnode(to_tsquery('simple', ${query.prefix})) = 1
    ), to_tsquery('simple', ${query.prefix}))`;
}

/**
 * What every article text matching the query must hold in its index of adjacent word pairs
 * (migration 202612012001_article_text_lexeme_pairs), as a tsquery: for each required phrase,
 * its pairs as English stems or as written (`('electr price') | ('electricity prices')`), all of
 * them; or the marker of a text too long to have its pairs indexed. NULL when no phrase has a
 * pair on both sides (single words, words apart around a stop word): then nothing narrows.
 */
function phrasePairsSql(phrases: string[]): Prisma.Sql {
  return Prisma.sql`(SELECT ('(' || string_agg('(' || x."english" || ') | (' || x."simple" || ')', ' & ') || ') | '' *''')::tsquery
        FROM (SELECT "factdesk_phrase_pairs_query"('english', p) AS "english", "factdesk_phrase_pairs_query"('simple', p) AS "simple" FROM unnest(${phrases}::text[]) p) x
        WHERE x."english" IS NOT NULL AND x."simple" IS NOT NULL)`;
}

/**
 * Current article texts matching the query. With quoted phrases, the candidates come from the
 * index of adjacent word pairs (when the phrases have pairs: `q.pairs`) and only those are checked
 * against the text's search vector; a phrase's words alone are found in thousands of texts, each
 * a large vector to read and decompress. Either way the same rows, in the same (physical) order.
 */
function textHitsSql(narrowByPairs: boolean, dated: Prisma.Sql): Prisma.Sql {
  const ranked = Prisma.sql`SELECT r."articleId", 'text', r."id", NULL, ts_rank(r."searchVector", q.query, 1)`;
  const current = Prisma.sql`JOIN "Article" a ON a."id" = r."articleId" AND a."currentRevision" = r."number" AND a."deletedAt" IS NULL`;
  const all = Prisma.sql`(${ranked}
      FROM "ArticleRevision" r ${current}, q
      WHERE ${narrowByPairs ? Prisma.sql`q."pairs" IS NULL AND` : Prisma.empty} r."searchVector" @@ q.match ${dated} LIMIT ${MAX_RANKED_PER_SOURCE})`;
  if (!narrowByPairs) return all;
  // OFFSET 0: the pair index finds the candidates, not the search vector's.
  return Prisma.sql`(${ranked}
      FROM (SELECT r.* FROM "ArticleRevision" r, q WHERE q."pairs" IS NOT NULL AND "factdesk_adjacent_lexeme_pairs"(r."searchVector") @@ q."pairs" OFFSET 0) r ${current}, q
      WHERE r."searchVector" @@ q.match ${dated} LIMIT ${MAX_RANKED_PER_SOURCE})
      UNION ALL
      ${all}`;
}

/**
 * The desk search's matching, as SQL: a `q` CTE with the tsquery (English stems OR words as
 * written, so Urdu and names match too — once when both read the same; the last bare word by its
 * stem and, as written, as a prefix) and the lexemes to locate hits in long texts by (`locate`), and a `hits` CTE with
 * one row per matching article title, current revision text, annotation, evidence item and
 * comment (`articleId`, `source`, `sourceId`, `annotationId`, `rank`, `at`), each found through
 * its table's GIN index on the generated `searchVector`. Deleted articles and annotations never
 * match. Kind, verdict, status and author narrow hits to annotations (and their evidence and
 * comments); from/to bound each hit's own creation day.
 */
export function searchHitsSql(query: ParsedSearchQuery, filter: SearchFilter): Prisma.Sql {
  const onlyAnnotations = narrowsToAnnotations(filter);
  const words = wordsToLocate(query).join(" ");
  const phrases = onlyAnnotations ? [] : requiredPhrases(query);
  const from = filter.from ? new Date(`${filter.from}T00:00:00.000Z`) : null;
  const to = filter.to ? new Date(`${filter.to}T23:59:59.999Z`) : null;
  const dated = (column: Prisma.Sql) => Prisma.sql`${from ? Prisma.sql`AND ${column} >= ${from}` : Prisma.empty} ${to ? Prisma.sql`AND ${column} <= ${to}` : Prisma.empty}`;
  const annotationWhere = Prisma.sql`n."deletedAt" IS NULL
    ${filter.kind?.length ? Prisma.sql`AND n."kind"::text = ANY(${filter.kind}::text[])` : Prisma.empty}
    ${filter.verdict?.length ? Prisma.sql`AND n."verdict"::text = ANY(${filter.verdict}::text[])` : Prisma.empty}
    ${filter.status?.length ? Prisma.sql`AND n."status"::text = ANY(${filter.status}::text[])` : Prisma.empty}
    ${filter.author ? Prisma.sql`AND n."authorId" = ${filter.author}` : Prisma.empty}`;
  const articleHits = onlyAnnotations
    ? Prisma.empty
    : Prisma.sql`
      UNION ALL
      (SELECT a."id", 'title', a."id", NULL::text, ts_rank(a."searchVector", q.query) * 1.5
      FROM "Article" a, q WHERE a."deletedAt" IS NULL AND a."searchVector" @@ q.match ${dated(Prisma.sql`a."createdAt"`)} LIMIT ${MAX_RANKED_TITLES})
      UNION ALL
      ${textHitsSql(phrases.length > 0, dated(Prisma.sql`r."createdAt"`))}`;
  return Prisma.sql`
    q AS MATERIALIZED (
      SELECT CASE WHEN x."english"::text = x."simple"::text THEN x."english" ELSE x."english" || x."simple" END AS query,
        CASE WHEN x."english"::text = x."simple"::text THEN x."english" ELSE x."english" || (x."simpleWords" && x."prefixMatch") END AS "match",
        coalesce(nullif(tsvector_to_array(to_tsvector('english', ${words})), '{}'), tsvector_to_array(to_tsvector('simple', ${words}))) AS "locate",
        ${phrases.length > 0 ? phrasePairsSql(phrases) : Prisma.sql`NULL::tsquery`} AS "pairs"
      FROM (SELECT websearch_to_tsquery('english', ${query.web}) && to_tsquery('english', ${lastWordLiteral(query)}) AS "english",
        websearch_to_tsquery('simple', ${query.web}) && to_tsquery('simple', ${query.prefix}) AS "simple",
        websearch_to_tsquery('simple', ${query.web}) AS "simpleWords",
        ${prefixMatchSql(query)} AS "prefixMatch") x
    ),
    hits AS (
      (SELECT n."articleId" AS "articleId", 'annotation' AS "source", n."id" AS "sourceId", n."id" AS "annotationId", ts_rank(n."searchVector", q.query) * 1.2 AS "rank"
      FROM "Annotation" n JOIN "Article" a ON a."id" = n."articleId" AND a."deletedAt" IS NULL, q
      WHERE n."searchVector" @@ q.match AND ${annotationWhere} ${dated(Prisma.sql`n."createdAt"`)} LIMIT ${MAX_RANKED_PER_SOURCE})
      UNION ALL
      (SELECT n."articleId", 'evidence', e."id", n."id", ts_rank(e."searchVector", q.query)
      FROM "Evidence" e JOIN "Annotation" n ON n."id" = e."annotationId" JOIN "Article" a ON a."id" = n."articleId" AND a."deletedAt" IS NULL, q
      WHERE e."searchVector" @@ q.match AND ${annotationWhere} ${dated(Prisma.sql`n."createdAt"`)} LIMIT ${MAX_RANKED_PER_SOURCE})
      UNION ALL
      (SELECT n."articleId", 'comment', c."id", n."id", ts_rank(c."searchVector", q.query)
      FROM "Comment" c JOIN "Annotation" n ON n."id" = c."annotationId" JOIN "Article" a ON a."id" = n."articleId" AND a."deletedAt" IS NULL, q
      WHERE c."searchVector" @@ q.match AND ${annotationWhere} ${dated(Prisma.sql`c."createdAt"`)} LIMIT ${MAX_RANKED_PER_SOURCE})
      ${articleHits}
    )`;
}
