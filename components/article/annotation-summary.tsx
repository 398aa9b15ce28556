import { REVIEW_STATUS_LABELS } from "@/lib/domain/review-statuses";
import { VERDICT_LABELS, type Verdict } from "@/lib/domain/verdicts";
import type { AnnotationDto } from "@/lib/dto/annotation-dto";

/** The one line that says who/what an annotation is about (speaker, claimant + verdict, parties). */
export function annotationHeadline(annotation: Pick<AnnotationDto, "kind" | "fields">): string {
  const fields = annotation.fields as Record<string, unknown>;
  switch (annotation.kind) {
    case "claim":
      return `${fields.claimant} · ${VERDICT_LABELS[(fields.verdict as Verdict) ?? "unverified"]}`;
    case "quote":
      return `${fields.speaker}${fields.wordingVerified ? " · wording verified" : ""}`;
    case "allegation":
      return `${fields.allegedBy} → ${fields.allegedAgainst}`;
  }
}

const STATUS_STYLES: Record<AnnotationDto["status"], string> = {
  draft: "bg-gray-100 text-gray-800",
  submitted: "bg-blue-100 text-blue-900",
  approved: "bg-emerald-100 text-emerald-900",
  changes_requested: "bg-amber-100 text-amber-900",
  rejected: "bg-rose-100 text-rose-900",
  needs_rereview: "bg-violet-100 text-violet-900",
};

export function StatusBadge({ status }: { status: AnnotationDto["status"] }) {
  return (
    <span data-testid="status-badge" className={`inline-flex rounded-full px-2 py-0.5 text-xs font-medium ${STATUS_STYLES[status]}`}>
      {REVIEW_STATUS_LABELS[status]}
    </span>
  );
}
