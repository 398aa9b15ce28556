import { createCodePointIndex } from "../anchoring/code-points";

/** The sentence around an annotated span, for showing the span in context (review queue). */
export type SentenceContext = {
  /** Text of the sentence before the span (capped; see `truncatedBefore`). */
  before: string;
  /** The span itself. */
  exact: string;
  /** Text of the sentence after the span (capped; see `truncatedAfter`). */
  after: string;
  /** True when `before` was cut short: show an ellipsis before it. */
  truncatedBefore: boolean;
  /** True when `after` was cut short: show an ellipsis after it. */
  truncatedAfter: boolean;
};

/** Default cap, in code points, of the context on each side of the span. */
export const SENTENCE_CONTEXT_MAX_SIDE = 160;

/** Sentence-ending punctuation: Latin . ! ? and the Urdu/Arabic full stop ۔ and question mark ؟. */
const TERMINATORS = new Set([".", "!", "?", "\u06D4", "\u061F"]);
/** Terminators that never occur inside a sentence (unlike "." in "3.5"), so need no space after them. */
const ALWAYS_END = new Set(["\u06D4", "\u061F"]);
/** Closing quotes and brackets that belong to the sentence they end: `He said "No." Then…`. */
const CLOSERS = new Set(['"', "'", "\u201D", "\u2019", "\u00BB", ")", "]"]);
const NEWLINES = new Set(["\n", "\r", "\u2028", "\u2029"]);
const SPACE = /\s/;
/** How far into a capped side we look for a word boundary to cut at, in UTF-16 units. */
const WORD_CUT_LOOKAHEAD = 40;

/**
 * If a sentence ends with the terminator at UTF-16 index `i`, the index just after it (and after
 * any closing quotes or brackets); otherwise -1. "." "!" "?" end a sentence only before a space
 * or the end of the text, so decimals ("3.5") and URLs don't split sentences.
 */
function sentenceEndAt(text: string, i: number): number {
  const char = text[i];
  if (!TERMINATORS.has(char)) return -1;
  let j = i + 1;
  while (j < text.length && CLOSERS.has(text[j])) j++;
  if (ALWAYS_END.has(char) || j >= text.length || SPACE.test(text[j])) return j;
  return -1;
}

/** UTF-16 index where the sentence containing `from` starts, searching back no further than `limit`. */
function sentenceStart(text: string, from: number, limit: number): number {
  for (let i = from - 1; i >= limit; i--) {
    if (NEWLINES.has(text[i])) return i + 1;
    const end = sentenceEndAt(text, i);
    if (end !== -1) return Math.min(end, from);
  }
  return limit;
}

/** UTF-16 index where the sentence containing the span ending at `spanEnd` ends, searching up to `limit`. */
function sentenceEnd(text: string, spanStart: number, spanEnd: number, limit: number): number {
  // The span's own last character may be the full stop that ends its sentence.
  for (let i = spanEnd > spanStart ? spanEnd - 1 : spanEnd; i < limit; i++) {
    if (i >= spanEnd && NEWLINES.has(text[i])) return i;
    const end = sentenceEndAt(text, i);
    if (end !== -1) return Math.max(end, spanEnd);
  }
  return limit;
}

/**
 * The sentence around the span `[start, end)` of `text` — offsets in Unicode code points, as
 * annotations store them. A sentence ends at a newline or at . ! ? ۔ ؟ (with their closing
 * quotes). Each side is capped at `maxSide` code points, cut at a word boundary where possible
 * and flagged as truncated. Only a bounded stretch of text around the span is scanned, so this is
 * cheap on long articles; given a window of the text that reaches more than `maxSide` code points
 * past each end of the span, it gives the same answer as on the whole text.
 */
export function sentenceContext(text: string, start: number, end: number, options: { maxSide?: number } = {}): SentenceContext {
  const maxSide = Math.max(1, options.maxSide ?? SENTENCE_CONTEXT_MAX_SIDE);
  const index = createCodePointIndex(text);
  const from = Math.max(0, Math.min(start, index.length));
  const to = Math.max(from, Math.min(end, index.length));
  const spanStart = index.toUtf16(from);
  const spanEnd = index.toUtf16(to);
  // A code point is at most two UTF-16 units; a little slack keeps the cap decision exact.
  const reach = 2 * maxSide + 8;
  const lower = Math.max(0, spanStart - reach);
  const upper = Math.min(text.length, spanEnd + reach);
  const left = sentenceStart(text, spanStart, lower);
  const right = sentenceEnd(text, spanStart, spanEnd, upper);

  let before = text.slice(left, spanStart).trimStart();
  let after = text.slice(spanEnd, right).trimEnd();
  // Stopping at the search limit (not at a boundary or the text's edge) also means "cut short".
  const truncatedBefore = [...before].length > maxSide || (left === lower && lower > 0);
  const truncatedAfter = [...after].length > maxSide || (right === upper && upper < text.length);
  if (truncatedBefore) {
    before = [...before].slice(-maxSide).join("");
    const space = before.slice(0, WORD_CUT_LOOKAHEAD).search(SPACE);
    if (space !== -1) before = before.slice(space + 1);
    before = before.trimStart();
  }
  if (truncatedAfter) {
    after = [...after].slice(0, maxSide).join("");
    const tail = after.slice(-WORD_CUT_LOOKAHEAD);
    const space = tail.search(/\s\S*$/);
    if (space !== -1) after = after.slice(0, after.length - tail.length + space);
    after = after.trimEnd();
  }
  return { before, exact: text.slice(spanStart, spanEnd), after, truncatedBefore, truncatedAfter };
}
