"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { DateTime } from "@/components/ui/date-time";
import { useErrorText } from "@/components/ui/use-error-text";
import type { ClaimMatchDto } from "@/lib/dto/claim-match-dto";
import { useSimilarClaims } from "./use-similar-claims";

type Props = {
  text: string;
  articleId?: string;
  excludeAnnotationId?: string;
  /** Copies the match's verdict, rationale and evidence (left out where nothing can be copied, e.g. the review queue). */
  onReuse?(match: ClaimMatchDto): void;
  /** The match currently reused, if any. */
  reusedId?: string | null;
};

const href = (match: ClaimMatchDto) => `/articles/${match.articleId}#annotation-${match.annotationId}`;

/**
 * "Checked before": the claims already decided on the desk that most resemble this one, strong
 * matches first and other articles before this one, each with its verdict, date and article. On a
 * focused match, <kbd>O</kbd> or <kbd>Enter</kbd> opens it in a new tab and <kbd>R</kbd> reuses it.
 */
export function SimilarClaimsPanel({ text, articleId, excludeAnnotationId, onReuse, reusedId }: Props) {
  const state = useSimilarClaims(text, { articleId, excludeAnnotationId });
  const t = useTranslations("claims.similar");
  const verdicts = useTranslations("verdicts");
  const locale = useLocale();
  const format = useFormatter();
  const errorText = useErrorText();
  const percent = (score: number) => format.number(Math.round(score * 100) / 100, { style: "percent" });
  return (
    <section aria-label={t("title")} className="rounded-md border border-[var(--color-line)] bg-gray-50 p-3 text-sm" data-testid="similar-claims">
      <h3 className="text-sm font-semibold">{t("title")}</h3>
      {state.status === "loading" && <p className="text-xs text-[var(--color-muted)]">{t("loading")}</p>}
      {state.status === "failed" && (
        <p className="text-xs text-rose-700" role="alert">
          {state.error ? `${t("failed")} ${errorText(state.error)}` : t("failed")}
        </p>
      )}
      {state.status === "ready" &&
        (state.result.matches.length === 0 ? (
          <p className="text-xs text-[var(--color-muted)]">{t("none")}</p>
        ) : (
          <>
            <p className="mb-2 text-xs text-[var(--color-muted)]">{t("thresholds", { strong: percent(state.result.thresholds.strong), possible: percent(state.result.thresholds.possible) })}</p>
            <ol className="space-y-2">
              {state.result.matches.map((match) => (
                <li
                  key={match.annotationId}
                  tabIndex={0}
                  aria-label={t("matchLabel", { strength: match.strength, score: percent(match.score), text: match.exact })}
                  className="rounded-md border border-[var(--color-line)] bg-white p-2 focus:outline-2 focus:outline-amber-500"
                  data-testid="similar-claim"
                  onKeyDown={(event) => {
                    if (event.target !== event.currentTarget || event.ctrlKey || event.metaKey || event.altKey) return;
                    const key = event.key.toLowerCase();
                    if (key === "o" || key === "enter") {
                      event.preventDefault();
                      window.open(href(match), "_blank", "noopener");
                    } else if (key === "r" && onReuse) {
                      event.preventDefault();
                      onReuse(match);
                    }
                  }}
                >
                  <div className="mb-1 flex flex-wrap items-center gap-1.5 text-xs">
                    <Badge className={match.strength === "strong" ? "border-emerald-600 text-emerald-800" : "text-[var(--color-muted)]"}>
                      {t(match.strength === "strong" ? "strong" : "possible")} · {percent(match.score)}
                    </Badge>
                    <Badge>{match.verdict ? verdicts(match.verdict) : t("noVerdict")}</Badge>
                    {match.decidedAt && (
                      <span className="text-[var(--color-muted)]">{t.rich("decided", { date: () => <DateTime value={match.decidedAt?.slice(0, 10) ?? ""} kind="date" locale={locale} /> })}</span>
                    )}
                  </div>
                  <p className="font-serif" dir="auto">
                    “{match.exact}”
                  </p>
                  <p className="mt-1 text-xs text-[var(--color-muted)]" dir="auto">
                    {match.sameArticle ? t("thisArticle") : match.articleTitle}
                  </p>
                  <div className="mt-1 flex gap-3 text-xs">
                    <a href={href(match)} target="_blank" rel="noopener" className="underline">
                      {t("open")}
                    </a>
                    {onReuse && (
                      <button type="button" className="underline" onClick={() => onReuse(match)} aria-pressed={reusedId === match.annotationId}>
                        {reusedId === match.annotationId ? t("reused") : t("reuse")}
                      </button>
                    )}
                  </div>
                </li>
              ))}
            </ol>
          </>
        ))}
    </section>
  );
}
