import { useTranslations } from "next-intl";
import type { ReanchorSummary } from "@/lib/revisions/reanchor-plan";

/**
 * The re-anchoring counts in words, in the interface language: "1 moved, 1 changed (now needs
 * re-review), 1 orphaned, 3 unchanged". Zero counts are left out; no annotations at all says so.
 */
export function useReanchorSummaryText(): (summary: ReanchorSummary) => string {
  const t = useTranslations("revisions.reanchor");
  return (summary) => {
    const parts: string[] = [];
    if (summary.moved) parts.push(t("moved", { count: summary.moved }));
    if (summary.changed) {
      const rereview = summary.needsRereview;
      if (rereview === 0) parts.push(t("changed", { count: summary.changed }));
      else if (rereview === summary.changed) parts.push(t("changedAllRereview", { count: summary.changed }));
      else parts.push(t("changedSomeRereview", { count: summary.changed, rereview }));
    }
    if (summary.orphaned) parts.push(t("orphaned", { count: summary.orphaned }));
    if (summary.stillOrphaned) parts.push(t("stillOrphaned", { count: summary.stillOrphaned }));
    if (summary.unchanged) parts.push(t("unchanged", { count: summary.unchanged }));
    return parts.length ? parts.join(t("separator")) : t("none");
  };
}
