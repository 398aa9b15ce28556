import { useTranslations } from "next-intl";
import type { Verdict } from "@/lib/domain/verdicts";
import type { AnnotationDto } from "@/lib/dto/annotation-dto";
import { EvidenceArchiveStatus } from "./evidence-archive-status";

function Row({ label, value }: { label: string; value: string | null | undefined }) {
  if (!value) return null;
  return (
    <div className="grid grid-cols-[8rem_minmax(0,1fr)] gap-2 break-words">
      <dt className="text-[var(--color-muted)]">{label}</dt>
      <dd className="whitespace-pre-wrap break-words" dir="auto">
        {value}
      </dd>
    </div>
  );
}

/** Every field of an annotation, its note and evidence links. */
export function AnnotationDetails({ annotation }: { annotation: AnnotationDto }) {
  const f = annotation.fields as Record<string, string | boolean | null>;
  const t = useTranslations("annotation.details");
  const verdicts = useTranslations("verdicts");
  return (
    <div className="space-y-3 text-sm">
      <dl className="space-y-1">
        {annotation.kind === "claim" && (
          <>
            <Row label={t("claimant")} value={f.claimant as string} />
            <Row label={t("verdict")} value={verdicts((f.verdict as Verdict) ?? "unverified")} />
            <Row label={t("rationale")} value={f.rationale as string} />
          </>
        )}
        {annotation.kind === "quote" && (
          <>
            <Row label={t("speaker")} value={f.speaker as string} />
            <Row label={t("where")} value={f.saidWhere as string} />
            <Row label={t("when")} value={f.saidOn as string} />
            <Row label={t("wording")} value={f.wordingVerified ? t("wordingVerified") : t("wordingNotVerified")} />
          </>
        )}
        {annotation.kind === "allegation" && (
          <>
            <Row label={t("allegedBy")} value={f.allegedBy as string} />
            <Row label={t("against")} value={f.allegedAgainst as string} />
            <Row label={t("rightOfReply")} value={f.rightOfReplySought ? (f.rightOfReplySoughtOn ? t("soughtOn", { date: String(f.rightOfReplySoughtOn) }) : t("sought")) : t("notSought")} />
          </>
        )}
        <Row label={t("note")} value={annotation.note} />
        <Row label={t("author")} value={annotation.author.name} />
      </dl>
      {annotation.evidence.length > 0 && (
        <div>
          <p className="font-medium">{t("evidence")}</p>
          <ul className="mt-1 list-disc space-y-1 ps-5">
            {annotation.evidence.map((item, index) => (
              <li key={index}>
                <a href={item.url} target="_blank" rel="noopener noreferrer nofollow" className="break-all" dir="auto">
                  {item.title || item.url}
                </a>
                {item.accessedOn && <span className="text-[var(--color-muted)]"> {t("accessed", { date: item.accessedOn })}</span>}
                {item.excerpt && (
                  <p className="text-[var(--color-muted)]" dir="auto">
                    “{item.excerpt}”
                  </p>
                )}
                <EvidenceArchiveStatus annotationId={annotation.id} position={index} />
              </li>
            ))}
          </ul>
        </div>
      )}
      {annotation.reusedFrom && (
        <p className="text-xs" data-testid="reused-from">
          {t("reusedFrom")}{" "}
          <a href={`/articles/${annotation.reusedFrom.articleId}#annotation-${annotation.reusedFrom.annotationId}`} className="underline" dir="auto">
            {annotation.reusedFrom.articleTitle}
          </a>
        </p>
      )}
      {annotation.anchorState !== "anchored" && annotation.previousExact && (
        <p className="border-s-2 border-[var(--color-line)] ps-2 text-sm text-[var(--color-ink)]" data-testid="previous-text" dir="auto">
          {t.rich("previously", { text: annotation.previousExact, label: (chunks) => <span className="font-semibold">{chunks}</span> })}
        </p>
      )}
    </div>
  );
}
