/**
 * Scores of a candidate place for a quote, with Hypothesis's weights: quote 50, prefix 20, suffix
 * 20, position 2. Unlike Hypothesis (which counts a missing prefix or suffix as a perfect match),
 * the score is normalised over the parts that are known, so a quote without context must stand on
 * its own similarity.
 */
import { contextSimilarity } from "./edit-distance";
import type { QuoteInput } from "./selectors";

/** Weights of the four scores (Hypothesis's `match-quote.js` uses the same). */
export const SCORE_WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;

/** One candidate place (UTF-16 indices) with its scores. */
export type ScoredCandidate = {
  start: number;
  end: number;
  errors: number;
  /** 1 − errors / quote length. */
  quoteSimilarity: number;
  /** Similarity of the stored prefix with the text before, or null when no prefix was stored. */
  prefixSimilarity: number | null;
  /** Similarity of the stored suffix with the text after, or null when no suffix was stored. */
  suffixSimilarity: number | null;
  /** Mean of the known context similarities, or null when the quote has no context. */
  context: number | null;
  /** 1 − distance to the expected position / text length (1 without a position). */
  positionScore: number;
  /** Weighted score in [0, 1], over the known parts only. */
  score: number;
};

/** Scores the place `[start, end)` (UTF-16) of `text` for `quote`, `hint` being the expected start. */
export function scoreCandidate(text: string, quote: QuoteInput, match: { start: number; end: number; errors: number }, hint: number | undefined): ScoredCandidate {
  const quoteSimilarity = Math.max(0, 1 - match.errors / Math.max(1, quote.exact.length));
  const prefixSimilarity = quote.prefix ? contextSimilarity(quote.prefix, text, match.start, "before") : null;
  const suffixSimilarity = quote.suffix ? contextSimilarity(quote.suffix, text, match.end, "after") : null;
  const known = [prefixSimilarity, suffixSimilarity].filter((s): s is number => s !== null);
  const context = known.length === 0 ? null : known.reduce((a, b) => a + b, 0) / known.length;
  const positionScore = hint === undefined ? 1 : 1 - Math.abs(match.start - hint) / Math.max(1, text.length);
  const score = weightedScore(quoteSimilarity, prefixSimilarity, suffixSimilarity, positionScore);
  return { ...match, quoteSimilarity, prefixSimilarity, suffixSimilarity, context, positionScore, score };
}

/** Weighted mean of the four scores, leaving out a prefix or suffix score that is null (unknown). */
export function weightedScore(quote: number, prefix: number | null, suffix: number | null, position: number): number {
  const w = SCORE_WEIGHTS;
  let raw = w.quote * quote + w.position * position;
  let total = w.quote + w.position;
  if (prefix !== null) {
    raw += w.prefix * prefix;
    total += w.prefix;
  }
  if (suffix !== null) {
    raw += w.suffix * suffix;
    total += w.suffix;
  }
  return raw / total;
}
