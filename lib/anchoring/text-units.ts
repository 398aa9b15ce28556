/**
 * Sentences and words of plain text for the keyboard caret (select a sentence, move or extend by
 * a word), found with `Intl.Segmenter` so they follow each script's rules (English, Urdu's "۔",
 * Arabic, CJK…). Every offset here is in Unicode code points, as in the rest of the anchoring.
 *
 * Boundaries are computed once per text (kept in a WeakMap keyed by its code-point index) and then
 * looked up by binary search, so moving a caret through a long article costs O(log n) a key.
 */
import { toCodePointIndex, type CodePointIndex } from "./code-points";

/** A span of text in code points, end exclusive. */
export type UnitSpan = { start: number; end: number };

type Units = { sentences: UnitSpan[]; words: UnitSpan[] };
const cache = new WeakMap<CodePointIndex, Units>();

function segmenter(granularity: "sentence" | "word", locale?: string): Intl.Segmenter {
  return new Intl.Segmenter(locale, { granularity });
}

/** Common abbreviations after which a full stop does not end a sentence ("Mr. Khan", "Jan. 5"). */
const ABBREVIATIONS = new Set(
  "mr mrs ms dr prof st jr sr gen col lt maj capt sgt adm gov sen rep rev hon pres no nos vs etc inc ltd co corp dept approx fig jan feb mar apr jun jul aug sep sept oct nov dec mt ft ave".split(" "),
);

/** Whether a sentence segment ends with an abbreviation or an initial rather than a real full stop. */
function endsWithAbbreviation(segment: string): boolean {
  const match = /(?:^|[\s(])((?:\p{L}\.)*\p{L}+)\.$/u.exec(segment.trimEnd());
  if (!match) return false;
  const word = match[1];
  return (word.length === 1 && /\p{Lu}/u.test(word)) || word.includes(".") || ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * Sentences trimmed of surrounding whitespace; a line break always ends one, an abbreviation never
 * does. Empty ones are left out.
 */
function findSentences(index: CodePointIndex): UnitSpan[] {
  const text = index.text;
  // UTF-16 [start, end) of each sentence: the segmenter's, joined after abbreviations and split at line breaks.
  const raw: [number, number][] = [];
  let pending: number | null = null;
  for (const { segment, index: at } of segmenter("sentence").segment(text)) {
    const start: number = pending ?? at;
    const end = at + segment.length;
    if (!segment.includes("\n") && endsWithAbbreviation(segment) && end < text.length) {
      pending = start;
      continue;
    }
    pending = null;
    let lineStart = start;
    for (let i = start; i <= end; i += 1) {
      if (i === end || text[i] === "\n") {
        raw.push([lineStart, i]);
        lineStart = i + 1;
      }
    }
  }
  const spans: UnitSpan[] = [];
  for (const [start, end] of raw) {
    const line = text.slice(start, end);
    const body = line.trim();
    if (!body) continue;
    const lead = start + line.length - line.trimStart().length;
    spans.push({ start: index.toCodePoint(lead), end: index.toCodePoint(lead + body.length) });
  }
  return spans;
}

/** Word-like segments (letters, digits; not spaces or punctuation). */
function findWords(index: CodePointIndex): UnitSpan[] {
  const spans: UnitSpan[] = [];
  for (const { segment, index: at, isWordLike } of segmenter("word").segment(index.text)) {
    if (isWordLike) spans.push({ start: index.toCodePoint(at), end: index.toCodePoint(at + segment.length) });
  }
  return spans;
}

function unitsOf(text: string | CodePointIndex): Units {
  const index = toCodePointIndex(text);
  let units = cache.get(index);
  if (!units) {
    units = { sentences: findSentences(index), words: findWords(index) };
    cache.set(index, units);
  }
  return units;
}

/** Index of the first span whose end is after `offset` (spans.length when none). */
function firstEndingAfter(spans: readonly UnitSpan[], offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (spans[mid].end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Index of the last span starting before `offset` (-1 when none). */
function lastStartingBefore(spans: readonly UnitSpan[], offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (spans[mid].start < offset) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}

/** The span holding `offset` (start ≤ offset < end), else the next one, else the last; null for no units. */
function unitAt(spans: readonly UnitSpan[], offset: number): UnitSpan | null {
  if (spans.length === 0) return null;
  const i = firstEndingAfter(spans, offset);
  return spans[Math.min(i, spans.length - 1)];
}

/** The sentence at a caret `offset` (or the next one after it, or the last of the text); null when the text has none. */
export function sentenceAt(text: string | CodePointIndex, offset: number): UnitSpan | null {
  return unitAt(unitsOf(text).sentences, offset);
}

/** The sentence after the one ending at or before `end` (for "select the next sentence"); null at the last. */
export function sentenceAfter(text: string | CodePointIndex, end: number): UnitSpan | null {
  const { sentences } = unitsOf(text);
  return sentences[firstEndingAfter(sentences, end)] ?? null;
}

/** The sentence before the one starting at or after `start`; null at the first. */
export function sentenceBefore(text: string | CodePointIndex, start: number): UnitSpan | null {
  const { sentences } = unitsOf(text);
  const i = lastStartingBefore(sentences, start);
  return i >= 0 ? sentences[i] : null;
}

/** Where the caret goes for "next sentence": the start of the first sentence after `offset` (or `offset` at the end). */
export function nextSentenceStart(text: string | CodePointIndex, offset: number): number {
  const { sentences } = unitsOf(text);
  const i = lastStartingBefore(sentences, offset + 1) + 1;
  return sentences[i]?.start ?? offset;
}

/** Where the caret goes for "previous sentence": the start of the sentence holding `offset`, or of the one before when already there. */
export function previousSentenceStart(text: string | CodePointIndex, offset: number): number {
  const { sentences } = unitsOf(text);
  const i = lastStartingBefore(sentences, offset);
  return i >= 0 ? sentences[i].start : offset;
}

/** The start of the first word after `offset` (or `offset` when none). */
export function nextWordStart(text: string | CodePointIndex, offset: number): number {
  const { words } = unitsOf(text);
  const i = lastStartingBefore(words, offset + 1) + 1;
  return words[i]?.start ?? offset;
}

/** The start of the word before `offset` (or `offset` when none). */
export function previousWordStart(text: string | CodePointIndex, offset: number): number {
  const { words } = unitsOf(text);
  const i = lastStartingBefore(words, offset);
  return i >= 0 ? words[i].start : offset;
}

/** `span` with its end moved to the end of the next word (unchanged at the last word). */
export function extendByWord(text: string | CodePointIndex, span: UnitSpan): UnitSpan {
  const { words } = unitsOf(text);
  const next = words[firstEndingAfter(words, span.end)];
  return next ? { start: span.start, end: next.end } : span;
}

/**
 * `span` with its end moved back to the end of the word before its last one; a span of one word
 * (or less) is returned unchanged, so shrinking never empties a selection.
 */
export function shrinkByWord(text: string | CodePointIndex, span: UnitSpan): UnitSpan {
  const { words } = unitsOf(text);
  const last = lastStartingBefore(words, span.end);
  if (last < 0) return span;
  const previous = words[last - 1];
  if (!previous || previous.end <= span.start) return span;
  return { start: span.start, end: previous.end };
}

/** The word at a caret `offset` (or the next one); null when the text has none. */
export function wordAt(text: string | CodePointIndex, offset: number): UnitSpan | null {
  return unitAt(unitsOf(text).words, offset);
}

/** How many words `text` has (word-like segments, so punctuation and spaces do not count). */
export function countWords(text: string): number {
  let count = 0;
  for (const { isWordLike } of segmenter("word").segment(text)) if (isWordLike) count += 1;
  return count;
}
