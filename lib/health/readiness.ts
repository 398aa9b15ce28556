import { withTimeLimit } from "../async/with-time-limit";

/** One readiness check's verdict; `reason` is short and public (a load balancer's log shows it). */
export type CheckResult = { ok: true; detail?: string } | { ok: false; reason: string };
export type ReadinessCheck = () => Promise<CheckResult>;
export type ReadinessReport = { ready: boolean; checks: Record<string, CheckResult> };

/**
 * Runs the checks side by side, each within `limitMs`. A check that throws fails with a generic
 * reason (its error may name hosts or users, and the health route is public).
 */
export async function runReadinessChecks(checks: Record<string, ReadinessCheck>, limitMs: number): Promise<ReadinessReport> {
  const entries = await Promise.all(
    Object.entries(checks).map(async ([name, check]): Promise<[string, CheckResult]> => {
      try {
        const outcome = await withTimeLimit(check(), limitMs);
        return [name, outcome.finished ? outcome.value : { ok: false, reason: `no answer within ${limitMs} ms` }];
      } catch {
        return [name, { ok: false, reason: "check failed" }];
      }
    }),
  );
  const results = Object.fromEntries(entries);
  return { ready: entries.every(([, result]) => result.ok), checks: results };
}

/** The shipped migrations the database has not applied, sorted (a newer release's extra ones don't count). */
export function pendingMigrations(shipped: readonly string[], applied: readonly string[]): string[] {
  const done = new Set(applied);
  return shipped.filter((name) => !done.has(name)).sort();
}
