/**
 * Strict placement of a TextQuoteSelector, for API callers who send a quote instead of offsets:
 * the exact text must occur verbatim, and its prefix/suffix (when given) must match verbatim too.
 * Nothing fuzzy happens here; use `resolveAnchor` to re-attach stored annotations.
 */
import { toCodePointIndex, type CodePointIndex } from "./code-points";
import { findOccurrences } from "./occurrences";
import type { QuoteInput } from "./selectors";

/** Why a quote could not be placed. */
export type FindQuoteFailure = "empty-quote" | "not-found" | "context-mismatch" | "ambiguous";

/** Where the quote is (code points, end exclusive), or why it could not be placed. */
export type FindQuoteResult = { found: true; start: number; end: number } | { found: false; reason: FindQuoteFailure; candidates: number; message: string };

const MAX_OCCURRENCES = 100_000;

/**
 * Finds the one place of `quote` in `text`. Occurrences of `exact` are filtered by `prefix` (the
 * text must end with it right before the occurrence) and `suffix` (the text must start with it
 * right after). Fails with `not-found`, `context-mismatch` (occurs, but never with that context)
 * or `ambiguous` (several occurrences fit; send a longer prefix or suffix).
 */
export function findQuote(text: string | CodePointIndex, quote: QuoteInput): FindQuoteResult {
  const index = toCodePointIndex(text);
  const { exact } = quote;
  if (exact.length === 0) return { found: false, reason: "empty-quote", candidates: 0, message: "The quote's exact text is empty" };
  const occurrences = findOccurrences(index.text, exact, MAX_OCCURRENCES);
  if (occurrences.length === 0) {
    return { found: false, reason: "not-found", candidates: 0, message: "The quote's exact text does not occur in the text" };
  }
  const prefix = quote.prefix ?? "";
  const suffix = quote.suffix ?? "";
  const fitting = occurrences.filter((at) => index.text.startsWith(suffix, at + exact.length) && at >= prefix.length && index.text.startsWith(prefix, at - prefix.length));
  if (fitting.length === 0) {
    return {
      found: false,
      reason: "context-mismatch",
      candidates: occurrences.length,
      message: `The exact text occurs ${occurrences.length} time(s), but never with the given prefix/suffix`,
    };
  }
  if (fitting.length > 1) {
    return {
      found: false,
      reason: "ambiguous",
      candidates: fitting.length,
      message: `The quote fits ${fitting.length} places; give a longer prefix or suffix`,
    };
  }
  return { found: true, start: index.toCodePoint(fitting[0]), end: index.toCodePoint(fitting[0] + exact.length) };
}
