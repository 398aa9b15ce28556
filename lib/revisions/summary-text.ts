import type { ReanchorSummary } from "./reanchor-plan";

/**
 * The re-anchoring counts in words, for the editor: "1 moved, 1 changed (now needs re-review),
 * 1 orphaned, 3 unchanged". Zero counts are left out; no annotations at all says so.
 */
export function describeReanchorSummary(summary: ReanchorSummary): string {
  const parts: string[] = [];
  if (summary.moved) parts.push(`${summary.moved} moved`);
  if (summary.changed) {
    const rereview = summary.needsRereview;
    const note = rereview === 0 ? "" : rereview === summary.changed ? ` (now ${rereview === 1 ? "needs" : "need"} re-review)` : ` (${rereview} now ${rereview === 1 ? "needs" : "need"} re-review)`;
    parts.push(`${summary.changed} changed${note}`);
  }
  if (summary.orphaned) parts.push(`${summary.orphaned} orphaned`);
  if (summary.stillOrphaned) parts.push(`${summary.stillOrphaned} still orphaned`);
  if (summary.unchanged) parts.push(`${summary.unchanged} unchanged`);
  return parts.length ? parts.join(", ") : "no annotations to re-anchor";
}
