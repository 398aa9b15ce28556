"use client";

import { useEffect, useState } from "react";
import { REVIEW_STATUS_LABELS, type ReviewStatus } from "@/lib/domain/review-statuses";
import type { HistoryEntryDto } from "@/lib/dto/review-dto";

const ACTION_LABELS: Record<string, string> = {
  create: "created it",
  edit: "edited it",
  delete: "deleted it",
  submit: "submitted it for review",
  approve: "approved it",
  reject: "rejected it",
  request_changes: "sent it back for changes",
  reopen: "reopened it",
  comment: "commented",
  comment_edit: "edited a comment",
  reanchor: "re-anchored it to a new revision",
  reattach: "re-attached it",
};

function describeChange(entry: HistoryEntryDto): string | null {
  const before = entry.before && typeof entry.before === "object" && !Array.isArray(entry.before) ? entry.before : {};
  const after = entry.after && typeof entry.after === "object" && !Array.isArray(entry.after) ? entry.after : {};
  if (entry.action === "edit") {
    const fields = Object.keys(after).filter((key) => key !== "status");
    return fields.length ? `changed ${fields.map((f) => f.replace(/^fields\./, "")).join(", ")}` : null;
  }
  const status = (value: unknown) => (typeof value === "string" && value in REVIEW_STATUS_LABELS ? REVIEW_STATUS_LABELS[value as ReviewStatus] : null);
  const from = status((before as Record<string, unknown>).status);
  const to = status((after as Record<string, unknown>).status);
  const reason = (after as Record<string, unknown>).reason;
  return [from && to ? `${from} → ${to}` : null, typeof reason === "string" && reason ? `“${reason}”` : null].filter(Boolean).join(" · ") || null;
}

/** Every step in an annotation's life from the append-only audit trail: who, when, what. */
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
      <ol className="mt-2 space-y-1 border-l border-[var(--color-line)] pl-3">
        {entries?.map((entry) => {
          const change = describeChange(entry);
          return (
            <li key={entry.id} data-testid="history-entry">
              <span className="font-medium">{entry.actor?.name ?? "Factdesk"}</span> {ACTION_LABELS[entry.action] ?? entry.action}
              <span className="text-xs text-[var(--color-muted)]"> · <time dateTime={entry.at}>{new Date(entry.at).toLocaleString()}</time></span>
              {change && <span className="block text-xs text-[var(--color-muted)]">{change}</span>}
            </li>
          );
        })}
      </ol>
    </details>
  );
}
