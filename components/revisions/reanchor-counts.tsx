import type { ReanchorSummary } from "@/lib/revisions/reanchor-plan";
import { useReanchorSummaryText } from "./use-reanchor-summary";

/** A revision's re-anchoring counts in one line ("—" for the first revision). */
export function ReanchorCounts({ summary }: { summary: ReanchorSummary | null }) {
  const describeReanchorSummary = useReanchorSummaryText();
  if (!summary) return <span className="text-[var(--color-muted)]">—</span>;
  const attention = summary.changed + summary.orphaned > 0;
  return <span className={attention ? "font-medium text-amber-900" : ""}>{describeReanchorSummary(summary)}</span>;
}
