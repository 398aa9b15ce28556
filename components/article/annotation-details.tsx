import { VERDICT_LABELS, type Verdict } from "@/lib/domain/verdicts";
import type { AnnotationDto } from "@/lib/dto/annotation-dto";

function Row({ label, value }: { label: string; value: string | null | undefined }) {
  if (!value) return null;
  return (
    <div className="grid grid-cols-[8rem_1fr] gap-2">
      <dt className="text-[var(--color-muted)]">{label}</dt>
      <dd className="whitespace-pre-wrap break-words">{value}</dd>
    </div>
  );
}

/** Every field of an annotation, its note and evidence links. */
export function AnnotationDetails({ annotation }: { annotation: AnnotationDto }) {
  const f = annotation.fields as Record<string, string | boolean | null>;
  return (
    <div className="space-y-3 text-sm">
      <dl className="space-y-1">
        {annotation.kind === "claim" && (
          <>
            <Row label="Claimant" value={f.claimant as string} />
            <Row label="Verdict" value={VERDICT_LABELS[(f.verdict as Verdict) ?? "unverified"]} />
            <Row label="Rationale" value={f.rationale as string} />
          </>
        )}
        {annotation.kind === "quote" && (
          <>
            <Row label="Speaker" value={f.speaker as string} />
            <Row label="Where" value={f.saidWhere as string} />
            <Row label="When" value={f.saidOn as string} />
            <Row label="Wording" value={f.wordingVerified ? "Verified against a source" : "Not verified"} />
          </>
        )}
        {annotation.kind === "allegation" && (
          <>
            <Row label="Alleged by" value={f.allegedBy as string} />
            <Row label="Against" value={f.allegedAgainst as string} />
            <Row label="Right of reply" value={f.rightOfReplySought ? `Sought${f.rightOfReplySoughtOn ? ` on ${f.rightOfReplySoughtOn}` : ""}` : "Not sought"} />
          </>
        )}
        <Row label="Note" value={annotation.note} />
        <Row label="Author" value={annotation.author.name} />
      </dl>
      {annotation.evidence.length > 0 && (
        <div>
          <p className="font-medium">Evidence</p>
          <ul className="mt-1 list-disc space-y-1 ps-5">
            {annotation.evidence.map((item, index) => (
              <li key={index}>
                <a href={item.url} target="_blank" rel="noopener noreferrer nofollow" className="break-all">
                  {item.title || item.url}
                </a>
                {item.accessedOn && <span className="text-[var(--color-muted)]"> (accessed {item.accessedOn})</span>}
                {item.excerpt && <p className="text-[var(--color-muted)]">“{item.excerpt}”</p>}
              </li>
            ))}
          </ul>
        </div>
      )}
      {annotation.anchorState !== "anchored" && annotation.previousExact && <p className="text-xs text-[var(--color-muted)]">Previously: “{annotation.previousExact}”</p>}
    </div>
  );
}
