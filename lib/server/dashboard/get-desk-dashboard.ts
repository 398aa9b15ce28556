import "server-only";
import { getAppConfig } from "@/lib/config/app-config";
import { assembleDashboard } from "@/lib/dashboard/assemble-dashboard";
import type { DeskDashboard } from "@/lib/dashboard/dashboard-figures";
import { daysInRange, dayInTimeZone } from "@/lib/dashboard/day-range";
import { can } from "@/lib/policy/policy";
import type { Actor } from "@/lib/server/auth/actor";
import { refusedBy } from "@/lib/server/auth/policy-refusal";
import { db } from "@/lib/server/db/prisma";
import { ok, type Result } from "@/lib/server/errors";
import { readDashboardAggregates } from "./dashboard-queries";

/** Today's calendar day where the desk is (`FACTDESK_TIME_ZONE`). */
export function deskToday(now: Date = new Date()): string {
  return dayInTimeZone(now, getAppConfig().FACTDESK_TIME_ZONE);
}

/**
 * The desk dashboard for the days `from`…`to` (inclusive, already checked by
 * `parseDashboardQuery`) in the desk's time zone, for reviewers and admins. Aggregated in
 * PostgreSQL from the event stream (flows) and the annotations as they stand (open items,
 * verdicts); see `DeskDashboard` for what each figure counts.
 */
export async function getDeskDashboard(actor: Actor, range: { from: string; to: string }): Promise<Result<DeskDashboard>> {
  const allowed = can(actor, "dashboard.read");
  if (!allowed.ok) return refusedBy(allowed);
  const timeZone = getAppConfig().FACTDESK_TIME_ZONE;
  const aggregates = await readDashboardAggregates(db(), { ...range, timeZone }, daysInRange(range.from, range.to));
  return ok(assembleDashboard(aggregates));
}
