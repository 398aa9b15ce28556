import { csvDocument } from "../export/csv-cells";
import type { DeskDashboard } from "./dashboard-figures";

/** Columns of the dashboard CSV: one figure per record, in long form (easy to pivot in a spreadsheet). */
export const DASHBOARD_CSV_COLUMNS = ["section", "item", "measure", "value"] as const;

type Cell = string | number | null;

const hours = (seconds: number | null): Cell => (seconds === null ? "" : Math.round((seconds / 3600) * 100) / 100);

/**
 * Every figure of the dashboard as CSV (UTF-8 with BOM, CRLF): the range, each day's counts and
 * time to decision (hours), the overall time to decision, open items by age, verdicts of approved
 * claims and each person's throughput. People's names are neutralised against spreadsheet formulas.
 */
export function dashboardCsv(dashboard: DeskDashboard): string {
  const rows: Cell[][] = [[...DASHBOARD_CSV_COLUMNS]];
  const { range } = dashboard;
  rows.push(["range", "from", "day", range.from], ["range", "to", "day", range.to], ["range", "time_zone", "name", range.timeZone], ["range", "as_of", "time", dashboard.asOf]);
  for (const day of dashboard.daily) {
    rows.push(
      ["daily", day.day, "created", day.created],
      ["daily", day.day, "submitted", day.submitted],
      ["daily", day.day, "decided", day.decided],
      ["daily", day.day, "approved", day.approved],
      ["daily", day.day, "rejected", day.rejected],
      ["daily", day.day, "changes_requested", day.changesRequested],
      ["daily", day.day, "median_hours_to_decision", hours(day.medianSecondsToDecision)],
      ["daily", day.day, "p90_hours_to_decision", hours(day.p90SecondsToDecision)],
    );
  }
  const { totals, timeToDecision } = dashboard;
  for (const [measure, value] of Object.entries({
    created: totals.created,
    submitted: totals.submitted,
    decided: totals.decided,
    approved: totals.approved,
    rejected: totals.rejected,
    changes_requested: totals.changesRequested,
  })) {
    rows.push(["totals", "range", measure, value]);
  }
  rows.push(
    ["time_to_decision", "range", "decisions_timed", timeToDecision.decisions],
    ["time_to_decision", "range", "median_hours", hours(timeToDecision.medianSeconds)],
    ["time_to_decision", "range", "p90_hours", hours(timeToDecision.p90Seconds)],
  );
  for (const bucket of dashboard.openByAge) {
    rows.push(
      ["open_by_age", bucket.label, "submitted", bucket.submitted],
      ["open_by_age", bucket.label, "needs_rereview", bucket.needsRereview],
      ["open_by_age", bucket.label, "total", bucket.total],
    );
  }
  for (const verdict of dashboard.verdicts) rows.push(["approved_claims_by_verdict", verdict.label, "count", verdict.count]);
  for (const person of dashboard.people) {
    rows.push(
      ["throughput", person.name, "created", person.created],
      ["throughput", person.name, "submitted", person.submitted],
      ["throughput", person.name, "approved", person.approved],
      ["throughput", person.name, "rejected", person.rejected],
      ["throughput", person.name, "changes_requested", person.changesRequested],
      ["throughput", person.name, "decided", person.decided],
    );
  }
  return csvDocument(rows);
}

/** File name of a dashboard CSV, e.g. `factdesk-dashboard-2026-11-01-to-2026-11-30.csv`. */
export function dashboardCsvFileName(dashboard: Pick<DeskDashboard, "range">): string {
  return `factdesk-dashboard-${dashboard.range.from}-to-${dashboard.range.to}.csv`;
}
