"use client";

import { DateTime } from "@/components/ui/date-time";
import { useEffect, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { REVIEW_STATUSES, type ReviewStatus } from "@/lib/domain/review-statuses";
import type { HistoryEntryDto } from "@/lib/dto/review-dto";

type Translate = ReturnType<typeof useTranslations<"review.history">>;
type StatusName = (status: ReviewStatus) => string;

const isStatus = (value: unknown): value is ReviewStatus => typeof value === "string" && (REVIEW_STATUSES as readonly string[]).includes(value);

/** "Draft → Submitted · “reason”" for a step that moved the review status. */
function statusStep(statusName: StatusName, before: Record<string, unknown>, after: Record<string, unknown>): string | null {
  const from = isStatus(before.status) ? statusName(before.status) : null;
  const to = isStatus(after.status) ? statusName(after.status) : null;
  const reason = after.reason;
  return [from && to && from !== to ? `${from} → ${to}` : null, typeof reason === "string" && reason ? `“${reason}”` : null].filter(Boolean).join(" · ") || null;
}

/** What the entry says: who did what (the verb) and, below, what changed. */
function describeEntry(entry: HistoryEntryDto, t: Translate, statusName: StatusName): { verb: string; change: string | null } {
  const step = (payload: { before: Record<string, unknown>; after: Record<string, unknown> }) => statusStep(statusName, payload.before, payload.after);
  switch (entry.type) {
    case "annotation.created":
      return { verb: t("created"), change: null };
    case "annotation.updated": {
      const fields = Object.keys(entry.payload.after).filter((key) => key !== "status");
      const status = step(entry.payload);
      return {
        verb: t("edited"),
        change: [fields.length ? t("changedFields", { fields: fields.map((f) => f.replace(/^fields\./, "")).join(", ") }) : null, status].filter(Boolean).join(" · ") || null,
      };
    }
    case "annotation.deleted":
      return { verb: t("deleted"), change: null };
    case "annotation.submitted":
      return { verb: t("submitted"), change: step(entry.payload) };
    case "annotation.approved":
      return { verb: t("approved"), change: step(entry.payload) };
    case "annotation.rejected":
      return { verb: t("rejected"), change: step(entry.payload) };
    case "annotation.changes_requested":
      return { verb: t("changesRequested"), change: step(entry.payload) };
    case "annotation.reopened":
      return { verb: t("reopened"), change: step(entry.payload) };
    case "annotation.decision_undone":
      return { verb: t("decisionUndone"), change: step(entry.payload) };
    case "annotation.reattached":
      return { verb: t("reattached"), change: step(entry.payload) };
    case "annotation.reanchored": {
      const result = entry.payload.after.result;
      const resultText = typeof result === "string" && t.has(`result.${result}`) ? t(`result.${result}` as "result.moved") : result;
      return { verb: t("reanchored"), change: [resultText, step(entry.payload)].filter(Boolean).join(" · ") || null };
    }
    case "annotation.corrected":
      return { verb: t("corrected"), change: `“${entry.payload.after.note}”` };
    case "comment.added":
      return { verb: t("commented"), change: null };
    case "comment.edited":
      return { verb: t("commentEdited"), change: null };
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
  const t = useTranslations("review.history");
  const statuses = useTranslations("reviewStatuses");
  const locale = useLocale();

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
      <summary className="cursor-pointer font-semibold">
        {t("title")} {entries && <span className="font-normal text-[var(--color-muted)]">({entries.length})</span>}
      </summary>
      {failed && <p className="mt-1 text-xs text-rose-700">{t("failed")}</p>}
      <ol className="mt-2 space-y-1 border-s border-[var(--color-line)] ps-3">
        {entries?.map((entry) => {
          const { verb, change } = describeEntry(entry, t, (status) => statuses(status));
          return (
            <li key={entry.position} data-testid="history-entry">
              <span className="font-medium" dir="auto">
                {entry.actor?.name ?? "Factdesk"}
              </span>{" "}
              {verb}
              <span className="text-xs text-[var(--color-muted)]">
                {" "}
                · <DateTime value={entry.at} locale={locale} />
              </span>
              {change && (
                <span className="block text-xs text-[var(--color-muted)]" dir="auto">
                  {change}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </details>
  );
}
