/**
 * Dashboard benchmark: a desk with 200,000 annotations over a year (created, submitted, one in
 * five sent back and resubmitted, decided; one in ten still open), about 750,000 events. Times the
 * dashboard's SQL aggregation (`readDashboardAggregates`) for 30 days and for a whole year against
 * a naive baseline measured in the same run on the 30 days: reading the range's events and
 * annotations into the app and counting there. Takes a few minutes (seeding is most of it).
 *
 * Needs PostgreSQL: with `DATABASE_URL` it works in a scratch database created beside it and
 * dropped at the end (the event stream is append-only); else in an in-memory embedded one.
 * Run: `npm run bench -- dashboard`. Exit code 1 when the year's dashboard is slower than the
 * baseline's 30 days.
 */
import { register } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { prepareDatabase } from "../scripts/prepare-database";
import { createScratchDatabase } from "../test/scratch-database";
import { seedBenchDesk } from "./dashboard-seed";
import { naiveDashboard } from "./dashboard-naive";

const ANNOTATIONS = 200_000;
const RUNS = 5;

async function median(run: () => Promise<unknown>, runs = RUNS): Promise<number> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export type DashboardBenchResult = { range: string; sqlMs: number; naiveMs: number | null; speedup: number | null }[];

/** Seeds the desk, times both ways and prints the figures. */
export async function runDashboardBench(log: (line: string) => void = (line) => console.log(line)): Promise<DashboardBenchResult> {
  const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
  const scratch = process.env.DATABASE_URL ? await createScratchDatabase(process.env.DATABASE_URL, "factdesk_dashboard_bench") : null;
  const database = await prepareDatabase({ root, databaseUrl: scratch?.url, dataDir: null, port: 0 });
  process.env.DATABASE_URL = database.url;
  const hook = "export async function resolve(s, c, n) { return s === 'server-only' ? { url: 'data:text/javascript,', shortCircuit: true } : n(s, c); }";
  register(`data:text/javascript,${encodeURIComponent(hook)}`);
  const { db } = await import("../lib/server/db/prisma");
  const { readDashboardAggregates } = await import("../lib/server/dashboard/dashboard-queries");
  try {
    const started = performance.now();
    const events = await seedBenchDesk(db(), ANNOTATIONS);
    log(`dashboard bench on ${database.description}: ${ANNOTATIONS} annotations, ${events} events over 1990 (seeded in ${((performance.now() - started) / 1000).toFixed(1)} s), median of ${RUNS}`);
    const results: DashboardBenchResult = [];
    for (const [range, from, to, days] of [
      ["30 days", "1990-06-01", "1990-06-30", 30],
      ["366 days", "1990-01-01", "1991-01-01", 366],
    ] as const) {
      const window = { from, to, timeZone: "UTC" };
      const sqlMs = await median(() => readDashboardAggregates(db(), window, days), range === "30 days" ? RUNS : 3);
      // The baseline takes tens of seconds a run: timed once (after a warm-up), for 30 days only.
      const naiveMs = range === "30 days" ? await median(() => naiveDashboard(db(), window), 1) : null;
      results.push({ range, sqlMs, naiveMs, speedup: naiveMs === null ? null : naiveMs / sqlMs });
      log(`${range.padEnd(9)} SQL aggregation ${sqlMs.toFixed(1)} ms` + (naiveMs === null ? "" : `; naive (rows into the app) ${naiveMs.toFixed(1)} ms → SQL ×${(naiveMs / sqlMs).toFixed(1)} faster`));
    }
    const [month, year] = results;
    const goal = year.sqlMs <= month.naiveMs!;
    log(
      `a year of figures in SQL (${year.sqlMs.toFixed(1)} ms) vs 30 days the naive way (${month.naiveMs!.toFixed(1)} ms): ×${(month.naiveMs! / year.sqlMs).toFixed(2)} (goal ≥ ×1: ${goal ? "OK" : "MISSED"})`,
    );
    if (!goal) process.exitCode = 1;
    return results;
  } finally {
    await db().$disconnect();
    await database.embedded?.stop();
    await scratch?.drop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runDashboardBench();
