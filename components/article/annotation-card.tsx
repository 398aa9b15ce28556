"use client";

import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { AnnotationDto } from "@/lib/dto/annotation-dto";
import { AnnotationDetails } from "./annotation-details";
import { StatusBadge, useAnnotationHeadline } from "./annotation-summary";

type Props = {
  annotation: AnnotationDto;
  selected: boolean;
  onSelect(): void;
  /** Shown under the details when the card is selected (edit, review, comments…). */
  children?: ReactNode;
  /** Someone else just changed it (live update): marked for a moment. */
  changedByOthers?: boolean;
};

/** Why a reviewer rejected or sent back the annotation, on the card itself (the author needs it to act). */
function DecisionReason({ annotation }: { annotation: AnnotationDto }) {
  const decision = annotation.lastDecision;
  if (!decision || (decision.action !== "reject" && decision.action !== "request_changes")) return null;
  if (annotation.status !== "rejected" && annotation.status !== "changes_requested") return null;
  return <DecisionReasonText action={decision.action} by={decision.by.name} reason={decision.reason} />;
}

function DecisionReasonText({ action, by, reason }: { action: "reject" | "request_changes"; by: string; reason: string | null }) {
  const t = useTranslations("annotation.card");
  return (
    <span className="mt-1.5 block rounded border-s-2 border-rose-400 bg-rose-50 px-2 py-1 text-xs" data-testid="decision-reason">
      <span className="font-semibold">{t(action === "reject" ? "rejectedBy" : "sentBackBy", { name: by })}</span> <span dir="auto">{reason}</span>
    </span>
  );
}

/** One annotation in the sidebar: kind, status, the quoted text, a reviewer's reason; its details when selected. */
export function AnnotationCard({ annotation, selected, onSelect, children, changedByOthers = false }: Props) {
  const t = useTranslations("annotation.card");
  const kinds = useTranslations("kinds");
  const headline = useAnnotationHeadline();
  return (
    <article
      id={`annotation-${annotation.id}`}
      aria-label={`${kinds(annotation.kind)}: ${annotation.exact.slice(0, 80)}`}
      aria-current={selected ? "true" : undefined}
      data-testid="annotation-card"
      data-annotation-id={annotation.id}
      data-live-changed={changedByOthers ? "true" : undefined}
      className={`rounded-lg border bg-white text-sm shadow-sm transition-colors ${selected ? "border-gray-900 ring-1 ring-gray-900" : "border-[var(--color-line)]"} ${changedByOthers ? "bg-amber-50 ring-2 ring-amber-300" : ""}`}
    >
      <button type="button" onClick={onSelect} aria-expanded={selected} className="block w-full rounded-lg p-3 text-start hover:bg-gray-50">
        <span className="flex items-center justify-between gap-2">
          <span className="inline-flex items-center gap-1.5 font-semibold">
            <span aria-hidden className={`inline-block h-3 w-3 rounded-sm fd-hl-${annotation.kind}`} />
            {kinds(annotation.kind)}
          </span>
          <StatusBadge status={annotation.status} />
        </span>
        <span className="mt-1.5 line-clamp-3 block font-serif text-[0.95rem]" dir="auto">
          “{annotation.exact}”
        </span>
        <span className="mt-1 block text-xs text-[var(--color-muted)]" dir="auto">
          {headline(annotation)}
        </span>
        {annotation.reusedFrom && <span className="mt-1 block text-xs text-emerald-800">{t.rich("reusedFrom", { title: () => <span dir="auto">{annotation.reusedFrom?.articleTitle}</span> })}</span>}
        {annotation.anchorState === "orphaned" && <span className="mt-1 block text-xs font-semibold text-rose-700">{t("orphaned")}</span>}
        {annotation.anchorState === "changed" && <span className="mt-1 block text-xs font-semibold text-violet-700">{t("changed")}</span>}
        <DecisionReason annotation={annotation} />
      </button>
      {selected && (
        <div className="space-y-3 border-t border-[var(--color-line)] p-3">
          <AnnotationDetails annotation={annotation} />
          {children}
        </div>
      )}
    </article>
  );
}
