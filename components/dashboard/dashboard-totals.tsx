import type { DeskDashboard } from "@/lib/dashboard/dashboard-figures";
import { formatDuration } from "@/lib/dashboard/format-figures";

/** The headline numbers of the range, as a description list. */
export function DashboardTotals({ figures }: { figures: DeskDashboard }) {
  const open = figures.openByAge.reduce((sum, bucket) => sum + bucket.total, 0);
  const items: [string, string | number][] = [
    ["Created", figures.totals.created],
    ["Submitted", figures.totals.submitted],
    ["Decided", figures.totals.decided],
    ["Median time to decision", formatDuration(figures.timeToDecision.medianSeconds)],
    ["90th percentile", formatDuration(figures.timeToDecision.p90Seconds)],
    ["Waiting for review now", open],
  ];
  return (
    <dl className="mb-6 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6" aria-label="Totals">
      {items.map(([label, value]) => (
        <div key={label} className="rounded-lg border border-[var(--color-line)] bg-white px-3 py-2">
          <dt className="text-xs text-[var(--color-muted)]">{label}</dt>
          <dd className="text-xl font-semibold tabular-nums">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
