import "server-only";
import type { ActivityKind, DashboardAggregates } from "@/lib/dashboard/assemble-dashboard";
import type { Verdict } from "@/lib/domain/verdicts";
import { Prisma } from "@/lib/server/db/generated/client";
import type { AppPrismaClient } from "@/lib/server/db/prisma";

/** The event type counted as each activity. */
const ACTIVITY_TYPES: Record<string, ActivityKind> = {
  "annotation.created": "created",
  "annotation.submitted": "submitted",
  "annotation.approved": "approved",
  "annotation.rejected": "rejected",
  "annotation.changes_requested": "changes_requested",
};
const DECISION_TYPES = ["annotation.approved", "annotation.rejected", "annotation.changes_requested"];

/** Days `from`…`to` (inclusive) in `timeZone`, as bounds on the stored UTC timestamps. */
export type DayWindow = { from: string; to: string; timeZone: string };

const startOf = (w: DayWindow) => Prisma.sql`((CAST(${w.from} AS date)::timestamp AT TIME ZONE ${w.timeZone}) AT TIME ZONE 'UTC')`;
const endOf = (w: DayWindow) => Prisma.sql`(((CAST(${w.to} AS date) + 1)::timestamp AT TIME ZONE ${w.timeZone}) AT TIME ZONE 'UTC')`;
const localDay = (column: Prisma.Sql, w: DayWindow) => Prisma.sql`to_char(((${column} AT TIME ZONE 'UTC') AT TIME ZONE ${w.timeZone})::date, 'YYYY-MM-DD')`;

/**
 * The latest time annotation `idColumn` entered review at or before `atColumn` (event `beforeId`):
 * an event of it whose status became submitted or needs re-review (a submission, a resubmission,
 * a reopening, an edit of an approved one, a revision that changed it).
 */
const enteredReview = (idColumn: Prisma.Sql, atColumn: Prisma.Sql, beforeId: Prisma.Sql | null) => Prisma.sql`(
  SELECT s."at" FROM "AuditEvent" s
  WHERE s."entityType" = 'annotation' AND s."entityId" = ${idColumn} AND s."at" <= ${atColumn}
    ${beforeId ? Prisma.sql`AND s."id" < ${beforeId}` : Prisma.empty}
    AND s."after"->>'status' IN ('submitted', 'needs_rereview')
    AND (s."before"->>'status') IS DISTINCT FROM (s."after"->>'status')
  ORDER BY s."at" DESC, s."id" DESC LIMIT 1
)`;

/** Activity per day and per person in one pass over the range's events. */
async function activity(db: AppPrismaClient, w: DayWindow) {
  const rows = await db.$queryRaw<{ day: string | null; actorId: string | null; name: string | null; type: string; count: number }[]>`
    SELECT g."day", g."actorId", u."name", g."type", g."count"
    FROM (
      SELECT e."day", e."actorId", e."type", count(*)::int AS "count", GROUPING(e."actorId") AS "byDay"
      FROM (
        SELECT ${localDay(Prisma.sql`x."at"`, w)} AS "day", x."actorId", x."type"
        FROM "AuditEvent" x
        WHERE x."type" IN (${Prisma.join(Object.keys(ACTIVITY_TYPES))}) AND x."at" >= ${startOf(w)} AND x."at" < ${endOf(w)}
      ) e
      GROUP BY GROUPING SETS ((e."day", e."type"), (e."actorId", e."type"))
    ) g
    LEFT JOIN "User" u ON u."id" = g."actorId"
    WHERE g."byDay" = 1 OR g."actorId" IS NOT NULL`;
  return {
    activity: rows.filter((row) => row.day !== null).map((row) => ({ day: row.day!, kind: ACTIVITY_TYPES[row.type], count: row.count })),
    people: rows.filter((row) => row.day === null).map((row) => ({ userId: row.actorId!, name: row.name ?? "", kind: ACTIVITY_TYPES[row.type], count: row.count })),
  };
}

/** Median and p90 seconds from entering review to each decision of the range: per day and overall (`day` null). */
async function timing(db: AppPrismaClient, w: DayWindow) {
  const rows = await db.$queryRaw<{ day: string | null; decisions: number; median: number | null; p90: number | null }[]>`
    SELECT t."day", count(*)::int AS "decisions",
      percentile_cont(0.5) WITHIN GROUP (ORDER BY t."seconds") AS "median",
      percentile_cont(0.9) WITHIN GROUP (ORDER BY t."seconds") AS "p90"
    FROM (
      SELECT ${localDay(Prisma.sql`d."at"`, w)} AS "day", EXTRACT(EPOCH FROM (d."at" - entered."at"))::float8 AS "seconds"
      FROM "AuditEvent" d
      CROSS JOIN LATERAL ${enteredReview(Prisma.sql`d."entityId"`, Prisma.sql`d."at"`, Prisma.sql`d."id"`)} entered
      WHERE d."type" IN (${Prisma.join(DECISION_TYPES)}) AND d."at" >= ${startOf(w)} AND d."at" < ${endOf(w)}
    ) t
    GROUP BY ROLLUP (t."day")`;
  const overall = rows.find((row) => row.day === null);
  return {
    dailyTiming: rows.filter((row) => row.day !== null).map((row) => ({ day: row.day!, medianSeconds: row.median ?? 0, p90Seconds: row.p90 ?? 0 })),
    timing: { decisions: overall?.decisions ?? 0, medianSeconds: overall?.median ?? null, p90Seconds: overall?.p90 ?? null },
  };
}

/** Annotations awaiting a reviewer now, by status and whole days since they last entered review. */
async function open(db: AppPrismaClient) {
  const rows = await db.$queryRaw<{ status: "submitted" | "needs_rereview"; days: number; count: number; asOf: Date }[]>`
    SELECT o."status", o."days", count(*)::int AS "count", min(o."asOf") AS "asOf"
    FROM (
      SELECT a."status"::text AS "status", now() AS "asOf",
        floor(EXTRACT(EPOCH FROM ((now() AT TIME ZONE 'UTC') - CASE
          -- Every entry into "submitted" (submission, resubmission, reopening, edit of an approved one) sets submittedAt.
          WHEN a."status" = 'submitted' AND a."submittedAt" IS NOT NULL THEN a."submittedAt"
          ELSE COALESCE(${enteredReview(Prisma.sql`a."id"`, Prisma.sql`(now() AT TIME ZONE 'UTC')`, null)}, a."submittedAt", a."updatedAt")
        END)) / 86400)::int AS "days"
      FROM "Annotation" a JOIN "Article" ar ON ar."id" = a."articleId"
      WHERE a."status" IN ('submitted', 'needs_rereview') AND a."deletedAt" IS NULL AND ar."deletedAt" IS NULL
    ) o
    GROUP BY o."status", o."days"`;
  return rows.map((row) => ({ status: row.status, ageSeconds: row.days * 86_400, count: row.count }));
}

/** Claims approved in the range and still approved now (not deleted), by verdict. */
async function verdicts(db: AppPrismaClient, w: DayWindow) {
  return db.$queryRaw<{ verdict: Verdict; count: number }[]>`
    SELECT COALESCE(a."verdict"::text, 'unverified') AS "verdict", count(*)::int AS "count"
    FROM "Annotation" a
    JOIN "ReviewDecision" d ON d."id" = a."lastDecisionId"
    JOIN "Article" ar ON ar."id" = a."articleId"
    WHERE a."kind" = 'claim' AND a."status" = 'approved' AND a."deletedAt" IS NULL AND ar."deletedAt" IS NULL
      AND d."createdAt" >= ${startOf(w)} AND d."createdAt" < ${endOf(w)}
    GROUP BY 1`;
}

/** Every aggregate of the dashboard for the days of `w`, read from one snapshot of the database. */
export async function readDashboardAggregates(client: AppPrismaClient, w: DayWindow, days: number): Promise<DashboardAggregates> {
  const [flows, times, openRows, verdictRows, [clock]] = await client.$transaction(
    async (tx) => {
      // Aggregates over a year of a busy desk: JIT compilation costs more than it saves here, and sorts should stay in memory.
      await tx.$executeRaw`SET LOCAL jit = off`;
      await tx.$executeRaw`SET LOCAL work_mem = '64MB'`;
      const db = tx as AppPrismaClient;
      return [await activity(db, w), await timing(db, w), await open(db), await verdicts(db, w), await tx.$queryRaw<{ now: Date }[]>`SELECT now() AS "now"`] as const;
    },
    { isolationLevel: "RepeatableRead", maxWait: 10_000, timeout: 120_000 },
  );
  return {
    range: { from: w.from, to: w.to, timeZone: w.timeZone, days },
    asOf: clock.now,
    activity: flows.activity,
    people: flows.people,
    dailyTiming: times.dailyTiming,
    timing: times.timing,
    open: openRows,
    verdicts: verdictRows,
  };
}
