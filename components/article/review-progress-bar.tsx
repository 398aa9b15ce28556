import { useTranslations } from "next-intl";
import { ANNOTATION_KINDS, type AnnotationKind } from "@/lib/domain/annotation-kinds";
import { REVIEW_STATUSES, type AnchorState, type ReviewStatus } from "@/lib/domain/review-statuses";
import { reviewProgress } from "@/lib/review/review-progress";

/** Live counts by kind and by review status, and whether the article's review is complete. */
export function ReviewProgressBar({ annotations }: { annotations: { status: ReviewStatus; anchorState: AnchorState; kind: AnnotationKind }[] }) {
  const progress = reviewProgress(annotations);
  const t = useTranslations("annotation.progress");
  return (
    <section aria-label={t("label")} className="mb-4 flex flex-wrap items-center gap-x-5 gap-y-2 text-sm" data-testid="review-progress">
      <span
        className={`rounded-full px-2.5 py-0.5 text-xs font-semibold ${
          progress.complete ? "bg-emerald-100 text-emerald-900" : progress.state === "empty" ? "bg-gray-100 text-gray-700" : "bg-amber-100 text-amber-900"
        }`}
      >
        {progress.complete ? t("complete") : progress.state === "empty" ? t("empty") : t("open", { count: progress.open })}
      </span>
      {ANNOTATION_KINDS.map((kind) => {
        const count = annotations.filter((a) => a.kind === kind).length;
        return (
          <span key={kind} className="inline-flex items-center gap-1.5" data-testid={`count-${kind}`}>
            <span aria-hidden className={`inline-block h-3 w-3 rounded-sm fd-hl-${kind}`} />
            {t(`kind.${kind}`, { count })}
          </span>
        );
      })}
      <span className="text-[var(--color-muted)]">
        {REVIEW_STATUSES.filter((status) => progress.counts[status] > 0)
          .map((status) => t(`status.${status}`, { count: progress.counts[status] }))
          .join(" · ")}
      </span>
    </section>
  );
}
