/**
 * When re-anchoring has lost a span (its text was deleted or replaced), a quote found elsewhere is
 * accepted as the span's new place only with evidence that the span moved there:
 * - the span lay wholly inside text the new revision removed;
 * - the candidate lies mostly inside text the new revision inserted (text that survived from the
 *   old revision is some other passage: a twin or a lookalike);
 * - the removed text around the span (up to 160 UTF-16 units each side, within the span's own
 *   sentences and the removed range: what moves is a sentence, not a stock phrase) reappears around
 *   the candidate with at least 85% similarity on each side, and the candidate's sentence keeps at
 *   least 90% of the words of the span's removed sentence (a fresh sentence that shares a long
 *   clause with a deleted one is not that sentence moved); when the span was the whole
 *   removed range (or nearly), the quote must be distinctive on its own (24 code points or more)
 *   and must not have been a repeated phrase in the old text.
 */
import { ACCEPTANCE } from "./anchor-decisions";
import type { DiffMapping } from "./diff-mapping";
import { contextSimilarityAtLeast } from "./edit-distance";
import { sentenceEndAtOrAfter, sentenceStartAtOrBefore } from "./sentence-bounds";
import { wordSimilarity } from "./sentence-pairing";
import type { DiffHunk } from "./text-diff";

/** Similarity the carried-along text must keep (per side). */
export const MOVE_CONTEXT_SIMILARITY = 0.85;

/** Share of the removed sentence's words the candidate's sentence must keep. */
export const MOVE_SENTENCE_SIMILARITY = 0.9;

const WINDOW = 160;
const MIN_WINDOW = 8;

/** The hunk whose removed range holds all of old `[start, end)`, if any. */
function removedRangeHolding(hunks: readonly DiffHunk[], start: number, end: number): DiffHunk | null {
  let lo = 0;
  let hi = hunks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (hunks[mid].oldEnd < end) lo = mid + 1;
    else hi = mid;
  }
  const h = hunks[lo];
  return h && h.oldStart <= start && end <= h.oldEnd && h.oldEnd > h.oldStart ? h : null;
}

/** UTF-16 units of new `[start, end)` inside inserted ranges (hunks sorted by new position). */
function insertedUnits(hunks: readonly DiffHunk[], start: number, end: number): number {
  let lo = 0;
  let hi = hunks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (hunks[mid].newEnd <= start) lo = mid + 1;
    else hi = mid;
  }
  let units = 0;
  for (let i = lo; i < hunks.length && hunks[i].newStart < end; i++) {
    units += Math.max(0, Math.min(end, hunks[i].newEnd) - Math.max(start, hunks[i].newStart));
  }
  return units;
}

/** How to recognise the new place of a lost span. */
export type MoveCheck = {
  /** Whether the candidate place (UTF-16 of the new text) satisfies the rules above. */
  accepts(candidateStart: number, candidateEnd: number): boolean;
  /** The removed text that should have moved along: the span with its windows. */
  passage: string;
};

/**
 * The check of candidate places for the lost old span `[start, end)` (UTF-16), or null when the
 * span cannot have moved (it was not wholly removed, or nothing identifies it).
 */
export function moveCheck(texts: { old: string; new: string }, mapping: DiffMapping, [start, end]: [number, number], quote: { codePoints: number; repeated: boolean }): MoveCheck | null {
  const hunk = removedRangeHolding(mapping.hunks, start, end);
  if (!hunk) return null;
  const sentenceFrom = Math.max(hunk.oldStart, sentenceStartAtOrBefore(texts.old, start));
  const sentenceTo = Math.max(end, Math.min(hunk.oldEnd, sentenceEndAtOrAfter(texts.old, end)));
  const sentence = texts.old.slice(sentenceFrom, sentenceTo);
  const from = Math.max(sentenceFrom, start - WINDOW);
  const to = Math.min(sentenceTo, end + WINDOW);
  const left = texts.old.slice(from, start);
  const right = texts.old.slice(end, Math.max(end, to));
  const sides: ["before" | "after", string][] = [];
  if (left.trim().length >= MIN_WINDOW) sides.push(["before", left]);
  if (right.trim().length >= MIN_WINDOW) sides.push(["after", right]);
  const standsAlone = quote.codePoints >= ACCEPTANCE.distinctiveLength && !quote.repeated;
  if (sides.length === 0 && !standsAlone) return null;
  const verdicts = new Map<string, boolean>();
  const accepts = (candidateStart: number, candidateEnd: number) => {
    const key = `${candidateStart}:${candidateEnd}`;
    let verdict = verdicts.get(key);
    if (verdict === undefined) {
      verdict =
        insertedUnits(mapping.hunks, candidateStart, candidateEnd) * 2 >= candidateEnd - candidateStart &&
        sides.every(([side, expected]) => contextSimilarityAtLeast(expected, texts.new, side === "before" ? candidateStart : candidateEnd, side, MOVE_CONTEXT_SIMILARITY)) &&
        wordSimilarity(sentence, texts.new.slice(sentenceStartAtOrBefore(texts.new, candidateStart), sentenceEndAtOrAfter(texts.new, candidateEnd))) >= MOVE_SENTENCE_SIMILARITY;
      verdicts.set(key, verdict);
    }
    return verdict;
  };
  return { accepts, passage: left + texts.old.slice(start, end) + right };
}
