/**
 * Search benchmark: a generated desk of 10,000 articles and 200,000 annotations (plus 20,000
 * evidence items and 20,000 comments), searched through the data layer (`searchDesk`: ranked
 * full-text search on the generated tsvector columns, grouped by article, highlighted) with 20
 * representative queries — common and rare words, phrases, prefixes, Urdu, filters — beside a
 * naive `ILIKE '%…%'` scan of the same fields in the same run. Prints p50/p95 of each and the
 * ratio. Goal: p95 under 100 ms and at least ×20 faster than the scan.
 *
 * Needs PostgreSQL: `DATABASE_URL`, else an in-memory embedded one. Generating the desk takes a
 * few minutes; it is deleted at the end. Run: `npm run bench -- search` (`SEARCH_BENCH_ARTICLES`
 * scales it down for a quick look). Exit code 1 when a goal is missed.
 */
import { register } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { prepareDatabase } from "../scripts/prepare-database";
import { SEARCH_BENCH_QUERIES as QUERIES, type SearchQueryClass } from "./search/bench-queries";
import { generateDeskSql, SETTLE_DESK_SQL } from "./search/generate-desk";

const ARTICLES = Number(process.env.SEARCH_BENCH_ARTICLES ?? 10_000);
const ANNOTATIONS_PER_ARTICLE = 20;
const WORDS_PER_ARTICLE = 200;
const RUNS = 5;
const GOAL_P95_MS = 100;
const GOAL_SPEED_UP = 20;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** The naive scan: every searchable field with ILIKE '%query%', grouped by article like the search. */
const NAIVE_SQL = `
  SELECT "articleId", count(*) AS hits FROM (
    SELECT a."id" AS "articleId" FROM "Article" a WHERE a."deletedAt" IS NULL AND a."title" ILIKE $1
    UNION ALL SELECT r."articleId" FROM "ArticleRevision" r JOIN "Article" a ON a."id" = r."articleId" AND a."currentRevision" = r."number" WHERE r."text" ILIKE $1
    UNION ALL SELECT n."articleId" FROM "Annotation" n WHERE n."deletedAt" IS NULL AND (n."exact" ILIKE $1 OR n."note" ILIKE $1 OR n."rationale" ILIKE $1 OR n."claimant" ILIKE $1
      OR n."speaker" ILIKE $1 OR n."allegedBy" ILIKE $1 OR n."allegedAgainst" ILIKE $1)
    UNION ALL SELECT n."articleId" FROM "Evidence" e JOIN "Annotation" n ON n."id" = e."annotationId" WHERE e."title" ILIKE $1 OR e."excerpt" ILIKE $1
    UNION ALL SELECT n."articleId" FROM "Comment" c JOIN "Annotation" n ON n."id" = c."annotationId" WHERE c."body" ILIKE $1
  ) hits GROUP BY "articleId" ORDER BY hits DESC, "articleId" LIMIT 21`;

/** Generates the desk, times both ways of searching it and prints the figures. */
export async function runSearchBench(log: (line: string) => void = (line) => console.log(line)) {
  const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
  const database = await prepareDatabase({ root, databaseUrl: process.env.DATABASE_URL, dataDir: null, port: 0 });
  process.env.DATABASE_URL = database.url;
  const hook = "export async function resolve(s, c, n) { return s === 'server-only' ? { url: 'data:text/javascript,', shortCircuit: true } : n(s, c); }";
  register(`data:text/javascript,${encodeURIComponent(hook)}`);
  const { db } = await import("../lib/server/db/prisma");
  const { searchDesk } = await import("../lib/server/search/search-desk");

  // SEARCH_BENCH_REUSE=1 searches a desk an earlier run left (SEARCH_BENCH_KEEP=1) instead of generating one.
  const kept = process.env.SEARCH_BENCH_REUSE ? await db().user.findFirst({ where: { email: { endsWith: "@bench.example" }, name: "Search bench" }, orderBy: { createdAt: "desc" } }) : null;
  const tag = `sb${Date.now().toString(36)}`;
  const user = kept ?? (await db().user.create({ data: { email: `${tag}@bench.example`, name: "Search bench", role: "admin", passwordHash: "-" } }));
  const actor = { id: user.id, role: user.role, name: user.name, email: user.email, active: true, mustChangePassword: false };
  try {
    const started = performance.now();
    const size = { articles: ARTICLES, annotationsPerArticle: ANNOTATIONS_PER_ARTICLE, wordsPerArticle: WORDS_PER_ARTICLE };
    if (!kept) {
      await db().$transaction(
        async (tx) => {
          // Generating takes minutes on a busy machine: past the app's statement timeout.
          await tx.$executeRawUnsafe("SET LOCAL statement_timeout = 0");
          for (const statement of generateDeskSql(user.id, tag, size)) await tx.$executeRawUnsafe(statement);
        },
        { timeout: 3_600_000 },
      );
      for (const statement of SETTLE_DESK_SQL) await db().$executeRawUnsafe(statement);
    }
    log(
      `search bench on ${database.description}: ${ARTICLES} articles (${WORDS_PER_ARTICLE} words each), ${ARTICLES * ANNOTATIONS_PER_ARTICLE} annotations, ` +
        `${(ARTICLES * ANNOTATIONS_PER_ARTICLE) / 10} evidence items and comments, ${kept ? "kept from an earlier run" : `generated in ${((performance.now() - started) / 1000).toFixed(0)} s`}; ${RUNS} runs of ${QUERIES.length} queries`,
    );
    const searchTimes: number[] = [];
    const naiveTimes: number[] = [];
    const byClass = new Map<SearchQueryClass, { search: number[]; naive: number[] }>();
    for (const query of QUERIES) {
      const filter = { q: query.q, kind: query.kind ? [query.kind] : undefined, verdict: query.verdict ? [query.verdict] : undefined, status: query.status ? [query.status] : undefined };
      const pattern = `%${query.q
        .replaceAll('"', "")
        .replace(/ or | -\S+/g, " ")
        .trim()}%`;
      await searchDesk(actor, filter, { limit: 20, cursor: null }); // warm-up
      let groups = 0;
      for (let run = 0; run < RUNS; run++) {
        const t0 = performance.now();
        const result = await searchDesk(actor, filter, { limit: 20, cursor: null });
        searchTimes.push(performance.now() - t0);
        const times = byClass.get(query.class) ?? { search: [], naive: [] };
        byClass.set(query.class, times);
        times.search.push(performance.now() - t0);
        if (!result.ok) throw new Error(result.error.message);
        groups = result.value.groups.length;
        const t1 = performance.now();
        await db().$queryRawUnsafe(NAIVE_SQL, pattern);
        naiveTimes.push(performance.now() - t1);
        times.naive.push(performance.now() - t1);
      }
      log(`  ${query.q.padEnd(30)} ${groups} articles on page 1`);
    }
    log(`per query class (p50 / p95 of search · of the scan · p95 ratio):`);
    for (const [name, times] of byClass) {
      const [search, naive] = [times.search.sort((a, b) => a - b), times.naive.sort((a, b) => a - b)];
      const figures = (sorted: number[]) => `${percentile(sorted, 50).toFixed(1)} / ${percentile(sorted, 95).toFixed(1)} ms`;
      log(`  ${name.padEnd(14)} ${figures(search).padStart(18)} · ${figures(naive).padStart(20)} · ×${(percentile(naive, 95) / percentile(search, 95)).toFixed(1)}`);
    }
    searchTimes.sort((a, b) => a - b);
    naiveTimes.sort((a, b) => a - b);
    const [p50, p95, n50, n95] = [percentile(searchTimes, 50), percentile(searchTimes, 95), percentile(naiveTimes, 50), percentile(naiveTimes, 95)];
    const ms = (value: number) => `${value.toFixed(1)} ms`;
    const speedUp = n95 / p95;
    log(`full-text search (data layer, grouped, highlighted): p50 ${ms(p50)}, p95 ${ms(p95)} (goal < ${GOAL_P95_MS} ms: ${p95 < GOAL_P95_MS ? "OK" : "MISSED"})`);
    log(`naive ILIKE scan of the same fields:                 p50 ${ms(n50)}, p95 ${ms(n95)}`);
    log(`ratio: p50 ×${(n50 / p50).toFixed(1)}, p95 ×${speedUp.toFixed(1)} faster (goal ≥ ×${GOAL_SPEED_UP}: ${speedUp >= GOAL_SPEED_UP ? "OK" : "MISSED"})`);
    if (p95 >= GOAL_P95_MS || speedUp < GOAL_SPEED_UP) process.exitCode = 1;
    return { p50, p95, naiveP50: n50, naiveP95: n95 };
  } finally {
    // SEARCH_BENCH_KEEP=1 leaves the desk in place (to EXPLAIN queries against it).
    if (!process.env.SEARCH_BENCH_KEEP) {
      await db().article.deleteMany({ where: { createdById: user.id } });
      await db()
        .user.delete({ where: { id: user.id } })
        .catch(() => undefined);
    }
    await db().$disconnect();
    await database.embedded?.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runSearchBench();
