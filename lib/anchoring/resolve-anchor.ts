/**
 * Re-attaches stored selectors to a text: position first (verified against the quote), then the
 * exact quote told apart by its context, then a fuzzy quote search. It never silently attaches to
 * a lookalike: see the acceptance rules in `anchor-decisions.ts`.
 */
import { codePointLength, toCodePointIndex, type CodePointIndex } from "./code-points";
import { ACCEPTANCE, decideExact, decideFuzzy, type Decision, type OrphanReason } from "./anchor-decisions";
import { scoreCandidate } from "./anchor-scoring";
import { fuzzySearch } from "./fuzzy-search";
import { findOccurrences } from "./occurrences";
import type { AnchorSelectors } from "./selectors";

/** How an anchor was placed: at its stored position, by its exact quote elsewhere, or by a fuzzy match. */
export type ResolvedStatus = "exact" | "moved" | "fuzzy";

/** Outcome of {@link resolveAnchor}; offsets in code points, end exclusive. */
export type ResolvedAnchor =
  | {
      status: ResolvedStatus;
      start: number;
      end: number;
      /** The text now under the anchor (equals the quote unless `fuzzy`). */
      exact: string;
      /** Match score in [0, 1] (quote 50, prefix 20, suffix 20, position 2; see anchor-scoring.ts). */
      confidence: number;
    }
  | { status: "orphaned"; start: null; end: null; reason: OrphanReason; confidence: number };

/** Options of {@link resolveAnchor}. */
export type ResolveOptions = {
  /** Least confidence of a fuzzy match (default 0.7, see `ACCEPTANCE.fuzzyThreshold`). */
  threshold?: number;
  /** Refuses candidate places (code points); re-anchoring uses it to keep other annotations' twins out. */
  allowCandidate?: (start: number, end: number) => boolean;
  /** Restricts the fuzzy search to these code-point ranges (default: the whole text). */
  fuzzyRanges?: ReadonlyArray<{ start: number; end: number }>;
  /**
   * Demands agreeing context even from a unique, long exact match (set by re-anchoring when the
   * quote was not unique in the old text, so a new occurrence proves nothing by itself).
   */
  requireContext?: boolean;
};

const MAX_EXACT_OCCURRENCES = 2000;

function orphan(reason: OrphanReason, confidence = 0): ResolvedAnchor {
  return { status: "orphaned", start: null, end: null, reason, confidence };
}

function placed(index: CodePointIndex, decision: Extract<Decision, { accept: true }>, status: ResolvedStatus): ResolvedAnchor {
  const { candidate } = decision;
  return {
    status,
    start: index.toCodePoint(candidate.start),
    end: index.toCodePoint(candidate.end),
    exact: index.text.slice(candidate.start, candidate.end),
    confidence: candidate.score,
  };
}

/** UTF-16 ranges to fuzzy-search: each given range widened by `margin`, overlaps merged. */
function searchRanges(index: CodePointIndex, ranges: ResolveOptions["fuzzyRanges"], margin: number): [number, number][] | undefined {
  if (!ranges) return undefined;
  const widened = ranges.map((r): [number, number] => [Math.max(0, index.toUtf16(r.start) - margin), Math.min(index.text.length, index.toUtf16(r.end) + margin)]).sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of widened) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push(r);
  }
  return merged;
}

/**
 * Resolves stored selectors against `text`.
 * 1. The stored position, if its text equals the quote and no other occurrence has clearly better
 *    context → `exact`.
 * 2. Exact occurrences of the quote, told apart by prefix/suffix (then closeness to the stored
 *    position) → `moved` (or `exact` when no position selector was given).
 * 3. Approximate occurrences (at most min(256, ⌊quote/2⌋) edits) scoring at least the threshold and
 *    clearly beating the runner-up → `fuzzy`.
 * Otherwise `orphaned`, with the reason.
 */
export function resolveAnchor(text: string | CodePointIndex, selectors: AnchorSelectors, options: ResolveOptions = {}): ResolvedAnchor {
  const index = toCodePointIndex(text);
  const t = index.text;
  const { quote, position } = selectors;
  const exact = quote.exact;
  if (!exact) return orphan("empty-quote");
  const positionValid = position !== undefined && Number.isInteger(position.start) && Number.isInteger(position.end) && position.start >= 0 && position.start <= index.length;
  const hint = positionValid ? index.toUtf16(position.start) : undefined;
  const positionEnd = positionValid && position.end <= index.length ? index.toUtf16(position.end) : undefined;
  const allowed = (start: number, end: number) => !options.allowCandidate || options.allowCandidate(index.toCodePoint(start), index.toCodePoint(end));

  const occurrences = findOccurrences(t, exact, MAX_EXACT_OCCURRENCES + 1).filter((at) => allowed(at, at + exact.length));
  let exactRejection: OrphanReason | null = null;
  if (occurrences.length > MAX_EXACT_OCCURRENCES) {
    exactRejection = "ambiguous";
  } else if (occurrences.length > 0) {
    const candidates = occurrences.map((at) => scoreCandidate(t, quote, { start: at, end: at + exact.length, errors: 0 }, hint));
    const atPosition = candidates.find((c) => c.start === hint && c.end === positionEnd) ?? null;
    const decision = decideExact(candidates, atPosition, hint, {
      requireContext: options.requireContext ?? false,
      distinctive: codePointLength(exact) >= ACCEPTANCE.distinctiveLength,
    });
    if (decision.accept) {
      const status = decision.candidate === atPosition || position === undefined ? "exact" : "moved";
      return placed(index, decision, status);
    }
    exactRejection = decision.reason;
  }

  const maxErrors = Math.min(256, Math.floor(exact.length / 2));
  const ranges = searchRanges(index, options.fuzzyRanges, exact.length + maxErrors);
  const matches = fuzzySearch(t, exact, maxErrors, { ranges, limit: 32 }).filter((m) => allowed(m.start, m.end));
  const scored = matches.map((m) => scoreCandidate(t, quote, m, hint));
  const decision = decideFuzzy(scored, options.threshold ?? ACCEPTANCE.fuzzyThreshold);
  if (decision.accept && decision.candidate.errors > 0) return placed(index, decision, "fuzzy");
  if (decision.accept) return orphan(exactRejection ?? "ambiguous", decision.candidate.score);
  return orphan(exactRejection ?? decision.reason, decision.bestScore);
}
