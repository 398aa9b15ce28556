/**
 * When a candidate place is good enough to attach an annotation to. The rule behind every
 * threshold: attaching to the wrong text is worse than reporting the annotation orphaned.
 */
import type { ScoredCandidate } from "./anchor-scoring";

/**
 * Acceptance thresholds.
 * - `fuzzyThreshold` 0.7: least score (quote 50, prefix 20, suffix 20, position 2, normalised) of
 *   an approximate match. A quote with a quarter of its text edited and its context intact scores
 *   ≈ 0.88; a lookalike with unrelated context (context similarity ≈ 0.25) cannot pass even when it
 *   matches the quote exactly (≈ 0.67).
 * - `minQuoteSimilarity` 0.5: a quote more than half rewritten is never matched.
 * - `minContext` 0.5: least mean prefix/suffix similarity for an exact match found away from its
 *   position when the quote alone does not identify it (unrelated text scores ≈ 0.25, p99 ≈ 0.4).
 * - `contextMargin` 0.1: how much better the best exact match's context must be than the runner-up's.
 * - `positionOverrideMargin` 0.25: how much better another occurrence's context must be to beat
 *   the occurrence found at the stored position.
 * - `fuzzyMargin` 0.05: how much the best approximate match must out-score the runner-up.
 * - `distinctiveLength` 24: a quote of at least 24 code points (a clause, not a name or a stock
 *   phrase like "the minister said") that occurs once may be attached without agreeing context,
 *   unless the caller demands context.
 * - `positionRatio` 3: with equal context, the occurrence nearest the stored position wins only
 *   when the next one is at least 3 times farther away.
 */
export const ACCEPTANCE = {
  fuzzyThreshold: 0.7,
  minQuoteSimilarity: 0.5,
  minContext: 0.5,
  contextMargin: 0.1,
  positionOverrideMargin: 0.25,
  fuzzyMargin: 0.05,
  distinctiveLength: 24,
  positionRatio: 3,
} as const;

/** Why an annotation could not be placed. */
export type OrphanReason = "empty-quote" | "not-found" | "ambiguous" | "weak-context" | "low-confidence";

/** A decision: the accepted candidate, or the reason for refusing all. */
export type Decision = { accept: true; candidate: ScoredCandidate } | { accept: false; reason: OrphanReason; bestScore: number };

const accept = (candidate: ScoredCandidate): Decision => ({ accept: true, candidate });

function reject(reason: OrphanReason, candidates: ScoredCandidate[]): Decision {
  return { accept: false, reason, bestScore: candidates.reduce((best, c) => Math.max(best, c.score), 0) };
}

/** Whether two candidates share any text. */
function overlaps(a: ScoredCandidate, b: ScoredCandidate): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Nearest candidate to `hint` when it is clearly nearer than the next one. */
function decideByPosition(tied: ScoredCandidate[], hint: number | undefined, all: ScoredCandidate[]): Decision {
  if (hint === undefined) return reject("ambiguous", all);
  const byDistance = [...tied].sort((a, b) => Math.abs(a.start - hint) - Math.abs(b.start - hint));
  const nearest = Math.abs(byDistance[0].start - hint);
  const next = Math.abs(byDistance[1].start - hint);
  return nearest * ACCEPTANCE.positionRatio < next ? accept(byDistance[0]) : reject("ambiguous", all);
}

/**
 * Chooses among exact occurrences of the quote (all with errors 0). `atPosition` is the occurrence
 * at the stored position, if any; `distinctive` says the quote is long enough to identify itself.
 */
export function decideExact(candidates: ScoredCandidate[], atPosition: ScoredCandidate | null, hint: number | undefined, rules: { requireContext: boolean; distinctive: boolean }): Decision {
  const hasContext = candidates[0].context !== null;
  if (atPosition) {
    if (!hasContext) return accept(atPosition);
    const threshold = (atPosition.context as number) + ACCEPTANCE.positionOverrideMargin;
    if (!candidates.some((c) => c !== atPosition && (c.context as number) >= threshold)) return accept(atPosition);
  }
  if (!hasContext) {
    if (rules.requireContext) return reject("weak-context", candidates);
    return candidates.length === 1 ? accept(candidates[0]) : decideByPosition(candidates, hint, candidates);
  }
  const sorted = [...candidates].sort((a, b) => (b.context as number) - (a.context as number));
  const best = sorted[0];
  const bestContext = best.context as number;
  if (sorted.length === 1) {
    if (bestContext >= ACCEPTANCE.minContext) return accept(best);
    return rules.distinctive && !rules.requireContext ? accept(best) : reject("weak-context", candidates);
  }
  if (bestContext < ACCEPTANCE.minContext) return reject("weak-context", candidates);
  if (bestContext - (sorted[1].context as number) >= ACCEPTANCE.contextMargin) return accept(best);
  const tied = sorted.filter((c) => (c.context as number) > bestContext - ACCEPTANCE.contextMargin);
  return decideByPosition(tied, hint, candidates);
}

/** Chooses among approximate matches: enough score, and clearly better than the runner-up. */
export function decideFuzzy(candidates: ScoredCandidate[], threshold: number): Decision {
  if (candidates.length === 0) return reject("not-found", candidates);
  const sorted = [...candidates].sort((a, b) => b.score - a.score);
  const best = sorted[0];
  if (best.quoteSimilarity < ACCEPTANCE.minQuoteSimilarity || best.score < threshold) return reject("low-confidence", candidates);
  const runnerUp = sorted.find((c) => c !== best && !overlaps(c, best));
  if (runnerUp && best.score - runnerUp.score < ACCEPTANCE.fuzzyMargin) return reject("ambiguous", candidates);
  return accept(best);
}
