import { useTranslations } from "next-intl";
import type { Verdict } from "@/lib/domain/verdicts";
import type { AnnotationDto } from "@/lib/dto/annotation-dto";

/** The one line that says who/what an annotation is about (speaker, claimant + verdict, parties), in the interface language. */
export function useAnnotationHeadline(): (annotation: Pick<AnnotationDto, "kind" | "fields">) => string {
  const t = useTranslations("annotation.headline");
  const verdicts = useTranslations("verdicts");
  return (annotation) => {
    const fields = annotation.fields as Record<string, unknown>;
    switch (annotation.kind) {
      case "claim":
        return t("claim", { claimant: String(fields.claimant ?? ""), verdict: verdicts((fields.verdict as Verdict) ?? "unverified") });
      case "quote":
        return fields.wordingVerified ? t("quoteVerified", { speaker: String(fields.speaker ?? "") }) : String(fields.speaker ?? "");
      case "allegation":
        return t("allegation", { by: String(fields.allegedBy ?? ""), against: String(fields.allegedAgainst ?? "") });
    }
  };
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
  const t = useTranslations("reviewStatuses");
  return (
    <span data-testid="status-badge" className={`inline-flex rounded-full px-2 py-0.5 text-xs font-medium ${STATUS_STYLES[status]}`}>
      {t(status)}
    </span>
  );
}
