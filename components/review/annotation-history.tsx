"use client";

import { useEffect, useState } from "react";
import { REVIEW_STATUS_LABELS, type ReviewStatus } from "@/lib/domain/review-statuses";
import type { HistoryEntryDto } from "@/lib/dto/review-dto";

const statusLabel = (value: unknown) => (typeof value === "string" && value in REVIEW_STATUS_LABELS ? REVIEW_STATUS_LABELS[value as ReviewStatus] : null);

/** "Draft → Submitted · “reason”" for a step that moved the review status. */
function statusStep(before: Record<string, unknown>, after: Record<string, unknown>): string | null {
  const from = statusLabel(before.status);
  const to = statusLabel(after.status);
  const reason = after.reason;
  return [from && to && from !== to ? `${from} → ${to}` : null, typeof reason === "string" && reason ? `“${reason}”` : null].filter(Boolean).join(" · ") || null;
}

/** What the entry says: who did what (the verb) and, below, what changed. */
function describeEntry(entry: HistoryEntryDto): { verb: string; change: string | null } {
  switch (entry.type) {
    case "annotation.created":
      return { verb: "created it", change: null };
    case "annotation.updated": {
      const fields = Object.keys(entry.payload.after).filter((key) => key !== "status");
      const status = statusStep(entry.payload.before, entry.payload.after);
      return { verb: "edited it", change: [fields.length ? `changed ${fields.map((f) => f.replace(/^fields\./, "")).join(", ")}` : null, status].filter(Boolean).join(" · ") || null };
    }
    case "annotation.deleted":
      return { verb: "deleted it", change: null };
    case "annotation.submitted":
      return { verb: "submitted it for review", change: statusStep(entry.payload.before, entry.payload.after) };
    case "annotation.approved":
      return { verb: "approved it", change: statusStep(entry.payload.before, entry.payload.after) };
    case "annotation.rejected":
      return { verb: "rejected it", change: statusStep(entry.payload.before, entry.payload.after) };
    case "annotation.changes_requested":
      return { verb: "sent it back for changes", change: statusStep(entry.payload.before, entry.payload.after) };
    case "annotation.reopened":
      return { verb: "reopened it", change: statusStep(entry.payload.before, entry.payload.after) };
    case "annotation.reattached":
      return { verb: "re-attached it", change: statusStep(entry.payload.before, entry.payload.after) };
    case "annotation.reanchored": {
      const result = entry.payload.after.result;
      return { verb: "re-anchored it to a new revision", change: [result, statusStep(entry.payload.before, entry.payload.after)].filter(Boolean).join(" · ") || null };
    }
    case "comment.added":
      return { verb: "commented", change: null };
    case "comment.edited":
      return { verb: "edited a comment", change: null };
    default: {
      const unexpected: never = entry;
      return { verb: (unexpected as { type: string }).type, change: null };
    }
  }
}

/** Every step in an annotation's life from the event stream (append-only): who, when, what. */
export function AnnotationHistory({ annotationId, refreshKey }: { annotationId: string; refreshKey: number }) {
  const [entries, setEntries] = useState<HistoryEntryDto[] | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let cancelled = false;
    fetch(`/api/annotations/${annotationId}/history`)
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`HTTP ${response.status}`))))
      .then((data: { history: HistoryEntryDto[] }) => !cancelled && setEntries(data.history))
      .catch(() => !cancelled && setFailed(true));
    return () => {
      cancelled = true;
    };
  }, [annotationId, refreshKey]);

  return (
    <details className="text-sm" data-testid="annotation-history">
      <summary className="cursor-pointer font-semibold">History {entries && <span className="font-normal text-[var(--color-muted)]">({entries.length})</span>}</summary>
      {failed && <p className="mt-1 text-xs text-rose-700">The history could not be loaded.</p>}
      <ol className="mt-2 space-y-1 border-s border-[var(--color-line)] ps-3">
        {entries?.map((entry) => {
          const { verb, change } = describeEntry(entry);
          return (
            <li key={entry.position} data-testid="history-entry">
              <span className="font-medium">{entry.actor?.name ?? "Factdesk"}</span> {verb}
              <span className="text-xs text-[var(--color-muted)]">
                {" "}
                · <time dateTime={entry.at}>{new Date(entry.at).toLocaleString()}</time>
              </span>
              {change && <span className="block text-xs text-[var(--color-muted)]">{change}</span>}
            </li>
          );
        })}
      </ol>
    </details>
  );
}
