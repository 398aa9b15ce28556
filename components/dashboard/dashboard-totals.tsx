import type { DeskDashboard } from "@/lib/dashboard/dashboard-figures";
import { formatDuration } from "@/lib/dashboard/format-figures";
import { useTranslations } from "next-intl";

/** The headline numbers of the range, as a description list. */
export function DashboardTotals({ figures }: { figures: DeskDashboard }) {
  const open = figures.openByAge.reduce((sum, bucket) => sum + bucket.total, 0);
  const t = useTranslations("dashboard.totals");
  const items: [string, string | number][] = [
    [t("created"), figures.totals.created],
    [t("submitted"), figures.totals.submitted],
    [t("decided"), figures.totals.decided],
    [t("median"), formatDuration(figures.timeToDecision.medianSeconds)],
    [t("p90"), formatDuration(figures.timeToDecision.p90Seconds)],
    [t("waiting"), open],
  ];
  return (
    <dl className="mb-6 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6" aria-label={t("label")}>
      {items.map(([label, value]) => (
        <div key={label} className="rounded-lg border border-[var(--color-line)] bg-white px-3 py-2">
          <dt className="text-xs text-[var(--color-muted)]">{label}</dt>
          <dd className="text-xl font-semibold tabular-nums">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
