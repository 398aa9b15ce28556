/**
 * The baseline: anchoring as Hypothesis's client does it (`src/annotator/anchoring/html.js` and
 * `match-quote.js`), on UTF-16 offsets: the stored position if its text equals the quote, else the
 * quote searched with approx-string-match (max errors min(256, length/2)), each match scored
 * quote 50, prefix 20, suffix 20, position 2, and the best taken.
 */
import search from "approx-string-match";

type Match = { start: number; end: number; errors: number };

function searchWithExact(text: string, pattern: string, maxErrors: number): Match[] {
  const exact: Match[] = [];
  for (let at = text.indexOf(pattern); at !== -1; at = text.indexOf(pattern, at + 1)) exact.push({ start: at, end: at + pattern.length, errors: 0 });
  if (exact.length > 0) return exact;
  return search(text, pattern, maxErrors);
}

function textMatchScore(text: string, pattern: string): number {
  if (pattern.length === 0 || text.length === 0) return 0;
  const matches = searchWithExact(text, pattern, pattern.length);
  return 1 - matches[0].errors / pattern.length;
}

/** Hypothesis's `matchQuote`: the best-scoring approximate match, or null. */
export function matchQuote(text: string, quote: string, context: { prefix?: string; suffix?: string; hint?: number }): Match | null {
  if (quote.length === 0) return null;
  const maxErrors = Math.min(256, quote.length / 2);
  const matches = searchWithExact(text, quote, maxErrors);
  if (matches.length === 0) return null;
  const score = (m: Match) => {
    const quoteScore = 1 - m.errors / quote.length;
    const prefixScore = context.prefix ? textMatchScore(text.slice(Math.max(0, m.start - context.prefix.length), m.start), context.prefix) : 1;
    const suffixScore = context.suffix ? textMatchScore(text.slice(m.end, m.end + context.suffix.length), context.suffix) : 1;
    const posScore = context.hint === undefined ? 1 : 1 - Math.abs(m.start - context.hint) / text.length;
    return (50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * posScore) / 92;
  };
  let best: Match | null = null;
  let bestScore = -1;
  for (const m of matches) {
    const s = score(m);
    if (s > bestScore) {
      best = m;
      bestScore = s;
    }
  }
  return best;
}

/** Stored selectors as Hypothesis keeps them: UTF-16 offsets of the old text. */
export type Utf16Selectors = { start: number; end: number; exact: string; prefix: string; suffix: string };

/** Anchors one annotation on `text` the Hypothesis way; returns its UTF-16 range or null (orphaned). */
export function hypothesisAnchor(text: string, selectors: Utf16Selectors): { start: number; end: number } | null {
  if (text.slice(selectors.start, selectors.end) === selectors.exact) return { start: selectors.start, end: selectors.end };
  const match = matchQuote(text, selectors.exact, { prefix: selectors.prefix, suffix: selectors.suffix, hint: selectors.start });
  return match ? { start: match.start, end: match.end } : null;
}
