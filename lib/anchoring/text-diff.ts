/**
 * One diff between two revisions of a text, in two levels:
 * 1. sentences are compared as wholes (sentence-blocks.ts), so unchanged sentences line up and
 *    inserted, deleted or moved sentences stay whole;
 * 2. inside each changed block, sentences are paired (see sentence-pairing.ts; a sentence removed
 *    here and inserted verbatim elsewhere is a move, paired here only with a near-identical
 *    partner) and each pair is diffed by words: a token is a run of letters, digits and combining marks, a run of whitespace,
 *    or any other single code point, so a changed word is replaced as a whole and hunk edges never
 *    split a code point.
 */
import { diffSequences } from "./sequence-diff";
import { diffSentenceBlocks } from "./sentence-blocks";
import { refineSentenceBlock, sentencesIn } from "./sentence-pairing";
import { sentenceStartAtOrBefore, startsSentence } from "./sentence-bounds";
import { slideHunks } from "./slide-hunks";

/** A replaced range in UTF-16 indices: `old[oldStart…oldEnd)` became `new[newStart…newEnd)`. */
export type DiffHunk = { oldStart: number; oldEnd: number; newStart: number; newEnd: number };

const WORD_TOKEN = /[\p{L}\p{N}\p{M}]+|\s+|[^]/gu;

type Tokens = { ids: Int32Array; starts: Int32Array };

function tokenize(text: string, from: number, to: number, vocabulary: Map<string, number>, pattern: RegExp): Tokens {
  const ids: number[] = [];
  const starts: number[] = [];
  const part = text.slice(from, to);
  for (const match of part.matchAll(pattern)) {
    let id = vocabulary.get(match[0]);
    if (id === undefined) {
      id = vocabulary.size;
      vocabulary.set(match[0], id);
    }
    ids.push(id);
    starts.push(from + (match.index as number));
  }
  starts.push(to);
  return { ids: Int32Array.from(ids), starts: Int32Array.from(starts) };
}

/** Token class of the unit at `i`: 1 word, 2 whitespace, 0 a single-unit token or outside the text. */
function tokenClass(text: string, i: number): number {
  if (i < 0 || i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdfff) return 1;
  if (/[\p{L}\p{N}\p{M}]/u.test(text[i])) return 1;
  return /\s/.test(text[i]) ? 2 : 0;
}

/**
 * Whether cutting next to the kept unit `a[kept]` (equal in both texts) would split a token: it
 * does when a neighbouring unit (`a[nextA]` or `b[nextB]`) continues the same word or whitespace run.
 */
function splitsToken(a: string, b: string, kept: number, nextA: number, nextB: number): boolean {
  const cls = tokenClass(a, kept);
  return cls !== 0 && (tokenClass(a, nextA) === cls || tokenClass(b, nextB) === cls);
}

/** Length of the common prefix of `a` and `b`, backed off so it ends on a token boundary. */
function commonPrefix(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let i = 0;
  while (i < limit && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === a.length && i === b.length) return i;
  while (i > 0 && splitsToken(a, b, i - 1, i, i)) i--;
  return i;
}

/** Length of the common suffix of `a` and `b`, not overlapping their first `skip` units, on a token boundary. */
function commonSuffix(a: string, b: string, skip: number): number {
  const limit = Math.min(a.length, b.length) - skip;
  let i = 0;
  while (i < limit && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  while (i > 0 && splitsToken(a, b, a.length - i, a.length - i - 1, b.length - i - 1)) i--;
  return i;
}

/**
 * Diffs `oldText` against `newText`. Returns the replaced ranges in increasing order; the text
 * between them is equal in both. Hunks touch only where a pure insertion meets a replacement or
 * deletion. Pure insertions and deletions sit at the most natural of their equivalent places
 * (see slide-hunks.ts).
 */
export function diffTexts(oldText: string, newText: string): DiffHunk[] {
  if (oldText === newText) return [];
  const head = sentenceStartAtOrBefore(oldText, commonPrefix(oldText, newText));
  let cut = oldText.length - commonSuffix(oldText, newText, head);
  const shift = newText.length - oldText.length;
  while (cut < oldText.length && !(startsSentence(oldText, cut) && startsSentence(newText, cut + shift))) cut++;
  const tail = oldText.length - cut;
  const wordDiff = (oFrom: number, oTo: number, nFrom: number, nTo: number) => diffRange(oldText, newText, [oFrom, oTo, nFrom, nTo], WORD_TOKEN);
  const blocks = diffSentenceBlocks(oldText, newText, [head, oldText.length - tail, head, newText.length - tail]);
  const moved = movedSentences(oldText, newText, blocks);
  const hunks = blocks.flatMap((block) => refineSentenceBlock(oldText, newText, block, wordDiff, moved));
  return slideHunks(oldText, newText, joinTouching(hunks));
}

/** Sentences removed by one block and inserted verbatim by another: moved, not edited. */
function movedSentences(oldText: string, newText: string, blocks: DiffHunk[]): Set<string> {
  const removed = new Set<string>();
  for (const b of blocks) for (const u of sentencesIn(oldText, b.oldStart, b.oldEnd)) removed.add(oldText.slice(u.start, u.end));
  const moved = new Set<string>();
  for (const b of blocks) {
    for (const u of sentencesIn(newText, b.newStart, b.newEnd)) {
      const sentence = newText.slice(u.start, u.end);
      if (removed.has(sentence)) moved.add(sentence);
    }
  }
  return moved;
}

/**
 * Joins hunks with nothing equal between them, except that a pure insertion stays apart from a
 * touching replacement or deletion: "F. limited" for "However" is F inserted before the sentence
 * plus one word changed, and a span starting at that sentence must not swallow F.
 */
function joinTouching(hunks: DiffHunk[]): DiffHunk[] {
  const sorted = [...hunks].sort((a, b) => a.oldStart - b.oldStart || a.oldEnd - b.oldEnd || a.newStart - b.newStart);
  const joined: DiffHunk[] = [];
  const isInsertion = (h: DiffHunk) => h.oldStart === h.oldEnd;
  for (const h of sorted) {
    const last = joined[joined.length - 1];
    if (last && last.oldEnd === h.oldStart && last.newEnd === h.newStart && isInsertion(last) === isInsertion(h)) {
      last.oldEnd = h.oldEnd;
      last.newEnd = h.newEnd;
    } else joined.push({ ...h });
  }
  return joined;
}

/** Diffs `old[oFrom…oTo)` against `new[nFrom…nTo)`, cut into tokens by `pattern`. */
function diffRange(oldText: string, newText: string, [oFrom, oTo, nFrom, nTo]: [number, number, number, number], pattern: RegExp): DiffHunk[] {
  const vocabulary = new Map<string, number>();
  const a = tokenize(oldText, oFrom, oTo, vocabulary, pattern);
  const b = tokenize(newText, nFrom, nTo, vocabulary, pattern);
  return diffSequences(a.ids, b.ids, { alphabetSize: vocabulary.size }).map((h) => ({
    oldStart: a.starts[h.aStart],
    oldEnd: a.starts[h.aEnd],
    newStart: b.starts[h.bStart],
    newEnd: b.starts[h.bEnd],
  }));
}
