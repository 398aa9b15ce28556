import "server-only";
import fs from "node:fs";
import path from "node:path";
import { pendingMigrations, runReadinessChecks, type ReadinessCheck, type ReadinessReport } from "@/lib/health/readiness";
import { db } from "@/lib/server/db/prisma";
import { databaseFaultError, noteDatabaseReachable } from "@/lib/server/db/database-outage";

export type { CheckResult, ReadinessCheck } from "@/lib/health/readiness";

/** Each check's own time limit: a load balancer polls often and must get an answer quickly. */
const CHECK_LIMIT_MS = 2_000;
/** How long a "migrations are current" verdict is reused. */
const MIGRATIONS_CACHE_MS = 10_000;

const registry = globalThis as unknown as { factdeskReadinessChecks?: Map<string, ReadinessCheck>; factdeskMigrationsVerdict?: { at: number; pending: number } };
const checks = (registry.factdeskReadinessChecks ??= new Map());

/**
 * Adds a readiness check under `name` (replacing one of that name): `GET /api/health/ready`
 * answers 503 while it fails. The job queue registers `jobs` here when it starts; anything else
 * the instance can't serve without may do the same.
 */
export function registerReadinessCheck(name: string, check: ReadinessCheck): void {
  checks.set(name, check);
}

/** Removes a check (a subsystem that stopped on purpose). */
export function unregisterReadinessCheck(name: string): void {
  checks.delete(name);
}

const databaseCheck: ReadinessCheck = async () => {
  try {
    await db().$queryRaw`SELECT 1`;
  } catch (error) {
    const fault = databaseFaultError(error, { check: "readiness" });
    return { ok: false, reason: fault?.fault === "timeout" ? "database too slow to answer" : fault?.fault === "busy" ? "database busy" : fault ? "database unreachable" : "database error" };
  }
  noteDatabaseReachable();
  return { ok: true };
};

function shippedMigrations(): string[] | null {
  const folder = path.join(process.cwd(), "prisma", "migrations");
  if (!fs.existsSync(folder)) return null;
  return fs
    .readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(folder, entry.name, "migration.sql")))
    .map((entry) => entry.name);
}

const migrationsCheck: ReadinessCheck = async () => {
  const cached = registry.factdeskMigrationsVerdict;
  if (cached && cached.pending === 0 && Date.now() - cached.at < MIGRATIONS_CACHE_MS) return { ok: true };
  const shipped = shippedMigrations();
  if (!shipped) return { ok: true, detail: "no migrations folder beside the app: not checked" };
  const applied = await db().$queryRaw<{ migration_name: string }[]>`
    SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  const pending = pendingMigrations(
    shipped,
    applied.map((row) => row.migration_name),
  ).length;
  registry.factdeskMigrationsVerdict = { at: Date.now(), pending };
  if (pending > 0) return { ok: false, reason: `${pending} migration${pending === 1 ? "" : "s"} not applied (run npm run db:deploy)` };
  return { ok: true };
};

/** Runs the built-in checks (database, migrations) and every registered one. */
export function checkReadiness(): Promise<ReadinessReport> {
  return runReadinessChecks({ database: databaseCheck, migrations: migrationsCheck, ...Object.fromEntries(checks) }, CHECK_LIMIT_MS);
}
