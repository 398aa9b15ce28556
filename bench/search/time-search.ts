/**
 * Times the desk search alone (no scan) for each benchmark query on a desk kept by
 * `SEARCH_BENCH_KEEP=1 npm run bench -- search`, to see which queries set the p95:
 * `npx tsx --conditions=react-server bench/search/time-search.ts [runs] [query…]` (the benchmark's
 * queries unless some are given). Prints each query's
 * median and slowest time, slowest queries first.
 */
import { register } from "node:module";

const hook = "export async function resolve(s, c, n) { return s === 'server-only' ? { url: 'data:text/javascript,', shortCircuit: true } : n(s, c); }";
register(`data:text/javascript,${encodeURIComponent(hook)}`);
const { db } = await import("../../lib/server/db/prisma");
const { searchDesk } = await import("../../lib/server/search/search-desk");
const { SEARCH_BENCH_QUERIES } = await import("./bench-queries");

const runs = Number(process.argv[2] ?? 9);
const typed: { q: string; kind?: "claim"; verdict?: "false"; status?: "approved" }[] = process.argv.slice(3).map((q) => ({ q }));
const user = await db().user.findFirst({ where: { email: { endsWith: "@bench.example" }, name: "Search bench" }, orderBy: { createdAt: "desc" } });
if (!user) throw new Error("No kept search bench desk: run SEARCH_BENCH_KEEP=1 npm run bench -- search first.");
const actor = { id: user.id, role: user.role, name: user.name, email: user.email, active: true, mustChangePassword: false };
const figures: { index: number; q: string; median: number; max: number; groups: number }[] = [];
for (const [index, query] of (typed.length ? typed : SEARCH_BENCH_QUERIES).entries()) {
  const filter = { q: query.q, kind: query.kind ? [query.kind] : undefined, verdict: query.verdict ? [query.verdict] : undefined, status: query.status ? [query.status] : undefined };
  await searchDesk(actor, filter, { limit: 20, cursor: null });
  const times: number[] = [];
  let groups = 0;
  for (let run = 0; run < runs; run++) {
    const t0 = performance.now();
    const result = await searchDesk(actor, filter, { limit: 20, cursor: null });
    times.push(performance.now() - t0);
    if (!result.ok) throw new Error(result.error.message);
    groups = result.value.groups.length;
  }
  times.sort((a, b) => a - b);
  figures.push({ index, q: query.q, median: times[Math.floor(times.length / 2)], max: times[times.length - 1], groups });
}
for (const f of figures.sort((a, b) => b.median - a.median))
  console.log(`${String(f.index).padStart(2)} ${f.q.padEnd(30)} median ${f.median.toFixed(1).padStart(6)} ms  max ${f.max.toFixed(1).padStart(6)} ms  ${f.groups} articles`);
await db().$disconnect();
