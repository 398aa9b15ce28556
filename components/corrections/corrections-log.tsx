import { VERDICT_LABELS, type Verdict } from "@/lib/domain/verdicts";
import type { CorrectionDto } from "@/lib/dto/correction-dto";

const label = (verdict: Verdict | null) => (verdict ? VERDICT_LABELS[verdict] : "none");

/** The article's public corrections log: what changed on which claim, when, why and by whom (newest first). */
export function CorrectionsLog({ corrections }: { corrections: readonly CorrectionDto[] }) {
  if (corrections.length === 0) return null;
  return (
    <section aria-labelledby="corrections-title" className="mt-8 rounded-lg border border-[var(--color-line)] bg-white p-4" data-testid="corrections-log">
      <h2 id="corrections-title" className="mb-2 text-base font-semibold">
        Corrections
      </h2>
      <ol className="space-y-3 text-sm">
        {corrections.map((correction) => (
          <li key={correction.id} className="border-l-2 border-amber-400 pl-3">
            <p className="text-xs text-[var(--color-muted)]">
              <time dateTime={correction.at}>{correction.at.slice(0, 10)}</time> · by {correction.by.name}
            </p>
            <p className="font-serif" dir="auto">
              <a href={`#annotation-${correction.annotationId}`}>“{correction.exact}”</a>
            </p>
            <p>
              {correction.verdictBefore !== correction.verdictAfter && (
                <>
                  Verdict: {label(correction.verdictBefore)} → <strong>{label(correction.verdictAfter)}</strong>.{" "}
                </>
              )}
              {(correction.rationaleBefore ?? "") !== (correction.rationaleAfter ?? "") && "Rationale changed. "}
            </p>
            <p dir="auto">{correction.note}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
