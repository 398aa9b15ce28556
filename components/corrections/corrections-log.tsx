import { useLocale, useTranslations } from "next-intl";
import { DateTime } from "@/components/ui/date-time";
import type { Verdict } from "@/lib/domain/verdicts";
import type { CorrectionDto } from "@/lib/dto/correction-dto";

/** The article's public corrections log: what changed on which claim, when, why and by whom (newest first). */
export function CorrectionsLog({ corrections }: { corrections: readonly CorrectionDto[] }) {
  const t = useTranslations("corrections.log");
  const verdicts = useTranslations("verdicts");
  const locale = useLocale();
  if (corrections.length === 0) return null;
  const label = (verdict: Verdict | null) => (verdict ? verdicts(verdict) : t("none"));
  return (
    <section aria-labelledby="corrections-title" className="mt-8 rounded-lg border border-[var(--color-line)] bg-white p-4" data-testid="corrections-log">
      <h2 id="corrections-title" className="mb-2 text-base font-semibold">
        {t("title")}
      </h2>
      <ol className="space-y-3 text-sm">
        {corrections.map((correction) => (
          <li key={correction.id} className="border-s-2 border-amber-400 ps-3">
            <p className="text-xs text-[var(--color-muted)]">{t.rich("byline", { name: correction.by.name, date: () => <DateTime value={correction.at} locale={locale} /> })}</p>
            <p className="font-serif" dir="auto">
              <a href={`#annotation-${correction.annotationId}`}>“{correction.exact}”</a>
            </p>
            <p>
              {correction.verdictBefore !== correction.verdictAfter && (
                <>{t.rich("verdictChanged", { before: label(correction.verdictBefore), after: label(correction.verdictAfter), strong: (chunks) => <strong>{chunks}</strong> })} </>
              )}
              {(correction.rationaleBefore ?? "") !== (correction.rationaleAfter ?? "") && t("rationaleChanged")}
            </p>
            <p dir="auto">{correction.note}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
