"use client";

import { useTranslations } from "next-intl";
import { ANNOTATION_KINDS, type AnnotationKind } from "@/lib/domain/annotation-kinds";
import { REVIEW_STATUSES, type ReviewStatus } from "@/lib/domain/review-statuses";

export type AnnotationFilter = { kinds: AnnotationKind[]; status: ReviewStatus | "all" };

export const ALL_ANNOTATIONS: AnnotationFilter = { kinds: [...ANNOTATION_KINDS], status: "all" };

export function matchesFilter(annotation: { kind: AnnotationKind; status: ReviewStatus }, filter: AnnotationFilter): boolean {
  return filter.kinds.includes(annotation.kind) && (filter.status === "all" || annotation.status === filter.status);
}

/** Kind toggles and a status select for the sidebar. */
export function AnnotationFilters({ filter, onChange }: { filter: AnnotationFilter; onChange(filter: AnnotationFilter): void }) {
  const t = useTranslations("annotation.filters");
  const kindsPlural = useTranslations("kindsPlural");
  const statuses = useTranslations("reviewStatuses");
  return (
    <fieldset className="flex flex-wrap items-center gap-x-3 gap-y-2 text-sm">
      <legend className="sr-only">{t("legend")}</legend>
      {ANNOTATION_KINDS.map((kind) => (
        <label key={kind} className="inline-flex items-center gap-1.5">
          <input
            type="checkbox"
            checked={filter.kinds.includes(kind)}
            onChange={(event) => onChange({ ...filter, kinds: event.target.checked ? [...filter.kinds, kind] : filter.kinds.filter((k) => k !== kind) })}
          />
          <span aria-hidden className={`inline-block h-2.5 w-2.5 rounded-sm fd-hl-${kind}`} />
          {kindsPlural(kind)}
        </label>
      ))}
      <label className="inline-flex items-center gap-1.5">
        <span className="sr-only">{t("status")}</span>
        <select
          aria-label={t("byStatus")}
          value={filter.status}
          onChange={(event) => onChange({ ...filter, status: event.target.value as AnnotationFilter["status"] })}
          className="rounded-md border border-[var(--color-line)] bg-white px-2 py-1"
        >
          <option value="all">{t("allStatuses")}</option>
          {REVIEW_STATUSES.map((status) => (
            <option key={status} value={status}>
              {statuses(status)}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
