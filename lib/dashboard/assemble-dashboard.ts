import { VERDICT_LABELS, VERDICTS, type Verdict } from "../domain/verdicts";
import { noActivity, type ActivityCounts, type DailyActivity, type DashboardRange, type DeskDashboard, type PersonThroughput, type TimeToDecision } from "./dashboard-figures";
import { listDays } from "./day-range";
import { OPEN_AGE_BUCKETS, openAgeBucket } from "./open-age-buckets";

/** What a flow count counts: one event type of the stream. */
export type ActivityKind = "created" | "submitted" | "approved" | "rejected" | "changes_requested";

/** Sparse aggregates as the database returns them (only days, people and ages that have something). */
export type DashboardAggregates = {
  range: DashboardRange;
  asOf: Date;
  activity: { day: string; kind: ActivityKind; count: number }[];
  dailyTiming: { day: string; medianSeconds: number; p90Seconds: number }[];
  timing: TimeToDecision;
  /** Open items grouped by status and whole days waited. */
  open: { status: "submitted" | "needs_rereview"; ageSeconds: number; count: number }[];
  verdicts: { verdict: Verdict; count: number }[];
  people: { userId: string; name: string; kind: ActivityKind; count: number }[];
};

function addActivity(counts: ActivityCounts, kind: ActivityKind, count: number): void {
  if (kind === "changes_requested") counts.changesRequested += count;
  else counts[kind] += count;
  if (kind === "approved" || kind === "rejected" || kind === "changes_requested") counts.decided += count;
}

/**
 * The dashboard from the database's sparse aggregates: every day of the range present (zeros
 * where nothing happened), every age bucket and every verdict listed, people ordered by
 * decisions, then submissions, then name.
 */
export function assembleDashboard(input: DashboardAggregates): DeskDashboard {
  const days = new Map<string, DailyActivity>(listDays(input.range.from, input.range.to).map((day) => [day, { day, ...noActivity(), medianSecondsToDecision: null, p90SecondsToDecision: null }]));
  const totals = noActivity();
  for (const row of input.activity) {
    const day = days.get(row.day);
    if (!day) continue;
    addActivity(day, row.kind, row.count);
    addActivity(totals, row.kind, row.count);
  }
  for (const row of input.dailyTiming) {
    const day = days.get(row.day);
    if (!day) continue;
    day.medianSecondsToDecision = row.medianSeconds;
    day.p90SecondsToDecision = row.p90Seconds;
  }

  const openByAge = OPEN_AGE_BUCKETS.map((bucket) => ({ bucket: bucket.id, label: bucket.label, submitted: 0, needsRereview: 0, total: 0 }));
  for (const row of input.open) {
    const entry = openByAge.find((bucket) => bucket.bucket === openAgeBucket(row.ageSeconds))!;
    if (row.status === "submitted") entry.submitted += row.count;
    else entry.needsRereview += row.count;
    entry.total += row.count;
  }

  const verdictCounts = new Map(input.verdicts.map((row) => [row.verdict, row.count]));
  const verdicts = VERDICTS.map((verdict) => ({ verdict, label: VERDICT_LABELS[verdict], count: verdictCounts.get(verdict) ?? 0 }));

  const people = new Map<string, PersonThroughput>();
  for (const row of input.people) {
    const person = people.get(row.userId) ?? { userId: row.userId, name: row.name, ...noActivity() };
    addActivity(person, row.kind, row.count);
    people.set(row.userId, person);
  }
  const byThroughput = (a: PersonThroughput, b: PersonThroughput) =>
    b.decided - a.decided || b.submitted - a.submitted || b.created - a.created || a.name.localeCompare(b.name) || a.userId.localeCompare(b.userId);

  return {
    range: input.range,
    asOf: input.asOf.toISOString(),
    daily: [...days.values()],
    totals,
    timeToDecision: input.timing,
    openByAge,
    verdicts,
    people: [...people.values()].sort(byThroughput),
  };
}
