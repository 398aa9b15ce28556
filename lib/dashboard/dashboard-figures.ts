import type { Verdict } from "../domain/verdicts";
import type { OpenAgeBucketId } from "./open-age-buckets";

/**
 * The desk dashboard's figures, as `GET /api/dashboard` returns them and the page draws them.
 * Flows (created, submitted, decided, time to decision, per-person throughput) are counted from
 * the event stream over the chosen days; open items and the verdicts of approved claims are the
 * annotations as they stand now.
 */
export type DeskDashboard = {
  range: DashboardRange;
  /** When the current-state figures (open items, verdicts) were read. */
  asOf: string;
  /** One entry per day of the range, oldest first; days without activity are zeros. */
  daily: DailyActivity[];
  totals: ActivityCounts;
  /** Over the whole range: decisions made in it, timed from the latest time each entered review. */
  timeToDecision: TimeToDecision;
  /** Annotations awaiting a reviewer now, by how long they have waited. */
  openByAge: OpenAgeCount[];
  /** Claims approved during the range and still approved now, by their verdict (every verdict listed). */
  verdicts: VerdictCount[];
  /** Each person who created, submitted or decided something in the range, busiest reviewer first. */
  people: PersonThroughput[];
};

/** The days shown: `from` and `to` inclusive, as calendar days in `timeZone`. */
export type DashboardRange = { from: string; to: string; timeZone: string; days: number };

/** What happened in a period. `decided` = approved + rejected + changesRequested. */
export type ActivityCounts = {
  created: number;
  submitted: number;
  decided: number;
  approved: number;
  rejected: number;
  changesRequested: number;
};

/** One day's activity, with the time to decision of that day's decisions (null: none that day). */
export type DailyActivity = ActivityCounts & { day: string; medianSecondsToDecision: number | null; p90SecondsToDecision: number | null };

/** Median and 90th percentile (linear interpolation, as PostgreSQL's `percentile_cont`) in seconds. */
export type TimeToDecision = { decisions: number; medianSeconds: number | null; p90Seconds: number | null };

export type OpenAgeCount = { bucket: OpenAgeBucketId; label: string; submitted: number; needsRereview: number; total: number };

export type VerdictCount = { verdict: Verdict; label: string; count: number };

export type PersonThroughput = ActivityCounts & { userId: string; name: string };

/** An {@link ActivityCounts} of zeros. */
export function noActivity(): ActivityCounts {
  return { created: 0, submitted: 0, decided: 0, approved: 0, rejected: 0, changesRequested: 0 };
}
