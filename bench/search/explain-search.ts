/**
 * Prints `EXPLAIN (ANALYZE, BUFFERS)` of the desk search for each benchmark query, on a desk kept by
 * `SEARCH_BENCH_KEEP=1 npm run bench -- search`: `npx tsx bench/search/explain-search.ts [index…]`.
 */
import { register } from "node:module";

const hook = "export async function resolve(s, c, n) { return s === 'server-only' ? { url: 'data:text/javascript,', shortCircuit: true } : n(s, c); }";
register(`data:text/javascript,${encodeURIComponent(hook)}`);
const { db } = await import("../../lib/server/db/prisma");
const { Prisma } = await import("../../lib/server/db/generated/client");
const { searchPageSql } = await import("../../lib/server/search/search-page-sql");
const { parseSearchQuery } = await import("../../lib/search/search-query");
const { SEARCH_BENCH_QUERIES } = await import("./bench-queries");

const wanted = process.argv.slice(2).map(Number);
for (const [index, query] of SEARCH_BENCH_QUERIES.entries()) {
  if (wanted.length && !wanted.includes(index)) continue;
  const parsed = parseSearchQuery(query.q);
  if (!parsed.ok) throw new Error(parsed.message);
  const filter = { q: query.q, kind: query.kind ? [query.kind] : undefined, verdict: query.verdict ? [query.verdict] : undefined, status: query.status ? [query.status] : undefined };
  const sql = searchPageSql(parsed.query, filter, { limit: 21, offset: 0 });
  const plan = await db().$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN (ANALYZE, BUFFERS) ${sql}`);
  console.log(`\n##### ${index} ${JSON.stringify(query)}`);
  console.log(plan.map((row) => row["QUERY PLAN"]).join("\n"));
}
await db().$disconnect();
