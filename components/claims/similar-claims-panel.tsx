"use client";

import { Badge } from "@/components/ui/badge";
import { VERDICT_LABELS } from "@/lib/domain/verdicts";
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
const percent = (score: number) => `${Math.round(score * 100)}%`;

/**
 * "Checked before": the claims already decided on the desk that most resemble this one, strong
 * matches first and other articles before this one, each with its verdict, date and article. On a
 * focused match, <kbd>O</kbd> or <kbd>Enter</kbd> opens it in a new tab and <kbd>R</kbd> reuses it.
 */
export function SimilarClaimsPanel({ text, articleId, excludeAnnotationId, onReuse, reusedId }: Props) {
  const state = useSimilarClaims(text, { articleId, excludeAnnotationId });
  return (
    <section aria-label="Checked before" className="rounded-md border border-[var(--color-line)] bg-gray-50 p-3 text-sm" data-testid="similar-claims">
      <h3 className="text-sm font-semibold">Checked before</h3>
      {state.status === "loading" && <p className="text-xs text-[var(--color-muted)]">Looking for decided claims like this one…</p>}
      {state.status === "failed" && (
        <p className="text-xs text-rose-700" role="alert">
          {state.message}
        </p>
      )}
      {state.status === "ready" &&
        (state.result.matches.length === 0 ? (
          <p className="text-xs text-[var(--color-muted)]">No decided claim on the desk resembles this one.</p>
        ) : (
          <>
            <p className="mb-2 text-xs text-[var(--color-muted)]">
              Strong: {percent(state.result.thresholds.strong)} or more alike · possible: {percent(state.result.thresholds.possible)} or more. O opens, R reuses.
            </p>
            <ol className="space-y-2">
              {state.result.matches.map((match) => (
                <li
                  key={match.annotationId}
                  tabIndex={0}
                  aria-label={`${match.strength} match, ${percent(match.score)}: ${match.exact}`}
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
                      {match.strength === "strong" ? "Strong" : "Possible"} · {percent(match.score)}
                    </Badge>
                    <Badge>{match.verdict ? VERDICT_LABELS[match.verdict] : "No verdict"}</Badge>
                    {match.decidedAt && <span className="text-[var(--color-muted)]">decided {match.decidedAt.slice(0, 10)}</span>}
                  </div>
                  <p className="font-serif" dir="auto">
                    “{match.exact}”
                  </p>
                  <p className="mt-1 text-xs text-[var(--color-muted)]" dir="auto">
                    {match.sameArticle ? "This article" : match.articleTitle}
                  </p>
                  <div className="mt-1 flex gap-3 text-xs">
                    <a href={href(match)} target="_blank" rel="noopener" className="underline">
                      Open
                    </a>
                    {onReuse && (
                      <button type="button" className="underline" onClick={() => onReuse(match)} aria-pressed={reusedId === match.annotationId}>
                        {reusedId === match.annotationId ? "Reused" : "Reuse verdict and evidence"}
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
