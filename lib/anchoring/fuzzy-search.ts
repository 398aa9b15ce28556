/**
 * Approximate substring search: Myers' bit-parallel edit-distance algorithm in Hyyrö's blocked
 * form, O(⌈m/32⌉·n) for a pattern of m UTF-16 units over n units of text. Written here so lib code
 * does not depend on approx-string-match (the benchmark's baseline).
 */
import { isInsideSurrogatePair } from "./code-points";

/** One approximate occurrence, in UTF-16 indices of the searched text (end exclusive). */
export type FuzzyMatch = { start: number; end: number; errors: number };

/** Slot of each UTF-16 unit in the current pattern's match table (0: not in the pattern). */
const SLOTS = new Int32Array(65536);

type Pattern = { blocks: number; peq: Int32Array; lastRowMask: Int32Array; length: number };

/** Gives each distinct unit of `pattern` a slot; returns the number of slots (plus the empty slot 0). */
function assignSlots(pattern: string): number {
  let slotCount = 1;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charCodeAt(i);
    if (SLOTS[c] === 0) SLOTS[c] = slotCount++;
  }
  return slotCount;
}

function compilePattern(pattern: string, reverse: boolean, slotCount: number): Pattern {
  const m = pattern.length;
  const blocks = Math.ceil(m / 32);
  const peq = new Int32Array(slotCount * blocks);
  for (let i = 0; i < m; i++) {
    const c = pattern.charCodeAt(reverse ? m - 1 - i : i);
    peq[SLOTS[c] * blocks + (i >> 5)] |= 1 << (i & 31);
  }
  const lastRowMask = new Int32Array(blocks).fill(1 << 31);
  lastRowMask[blocks - 1] = 1 << ((m - 1) & 31);
  return { blocks, peq, lastRowMask, length: m };
}

function releasePattern(pattern: string): void {
  for (let i = 0; i < pattern.length; i++) SLOTS[pattern.charCodeAt(i)] = 0;
}

/**
 * Runs the automaton over `count` units of `text` from `first`, stepping by `step` (±1), and writes
 * into `out[t]` the edit distance between the whole pattern and the best text substring ending at
 * the t-th unit read. With `anchored`, substrings must start at `first` (global alignment there).
 */
function runAutomaton(p: Pattern, text: string, first: number, count: number, step: number, anchored: boolean, out: Int32Array): void {
  const { blocks, peq, lastRowMask } = p;
  const pv = new Int32Array(blocks).fill(-1);
  const mv = new Int32Array(blocks);
  const hTop = anchored ? 1 : 0;
  let score = p.length;
  let at = first;
  for (let t = 0; t < count; t++, at += step) {
    const base = SLOTS[text.charCodeAt(at)] * blocks;
    let hin = hTop;
    for (let b = 0; b < blocks; b++) {
      const pvB = pv[b];
      const mvB = mv[b];
      const hNeg = hin < 0 ? 1 : 0;
      const eq = peq[base + b] | hNeg;
      const xv = eq | mvB;
      const xh = (((eq & pvB) + pvB) ^ pvB) | eq;
      let ph = mvB | ~(xh | pvB);
      let mh = pvB & xh;
      const mask = lastRowMask[b];
      const hout = ((ph & mask) !== 0 ? 1 : 0) - ((mh & mask) !== 0 ? 1 : 0);
      ph = (ph << 1) | (hin > 0 ? 1 : 0);
      mh = (mh << 1) | hNeg;
      pv[b] = mh | ~(xv | ph);
      mv[b] = ph & xv;
      hin = hout;
    }
    score += hin;
    out[t] = score;
  }
}

/** Start of the best match of `p` (compiled reversed) ending at `end`, looking back at most `reach` units. */
function findStart(p: Pattern, text: string, end: number, reach: number): { start: number; errors: number } {
  const count = Math.min(end, reach);
  if (count === 0) return { start: end, errors: p.length };
  const scores = new Int32Array(count);
  runAutomaton(p, text, end - 1, count, -1, true, scores);
  let best = 0;
  for (let t = 1; t < count; t++) if (scores[t] < scores[best]) best = t;
  return { start: end - 1 - best, errors: scores[best] };
}

type RangeScores = { from: number; scores: Int32Array };

/** Ends (exclusive) of the best non-overlapping matches, fewest errors first. */
function pickEnds(ranges: RangeScores[], maxErrors: number, spacing: number, limit: number): { end: number; range: RangeScores }[] {
  const buckets: { end: number; range: RangeScores }[][] = Array.from({ length: maxErrors + 1 }, () => []);
  for (const range of ranges) {
    const { from, scores } = range;
    for (let t = 0; t < scores.length; t++) if (scores[t] <= maxErrors) buckets[scores[t]].push({ end: from + t + 1, range });
  }
  const picked: { end: number; range: RangeScores }[] = [];
  for (const bucket of buckets) {
    for (const entry of bucket) {
      if (picked.some((other) => Math.abs(other.end - entry.end) < spacing)) continue;
      picked.push(entry);
      if (picked.length >= limit) return picked;
    }
  }
  return picked;
}

/**
 * Among the ends right after `end` that have the same number of errors, the one whose match is
 * closest in length to the pattern ("commodo cites" → "commodo vitae", not "commodo vit").
 */
function settleEnd(p: Pattern, backward: Pattern, text: string, pick: { end: number; range: RangeScores }, reach: number): FuzzyMatch {
  const { from, scores } = pick.range;
  let best = { ...findStart(backward, text, pick.end, reach), end: pick.end };
  const errors = scores[pick.end - from - 1];
  for (let end = pick.end + 1; end - from - 1 < scores.length && scores[end - from - 1] === errors; end++) {
    if (Math.abs(end - best.start - p.length) >= Math.abs(best.end - best.start - p.length)) break;
    const next = findStart(backward, text, end, reach);
    if (next.errors === errors) best = { ...next, end };
  }
  return best;
}

/** Options of {@link fuzzySearch}. */
export type FuzzySearchOptions = {
  /** UTF-16 ranges `[from, to)` to search (default: the whole text). Matches lie within one range. */
  ranges?: ReadonlyArray<readonly [number, number]>;
  /** Most matches to return (default 32), the best first. */
  limit?: number;
};

/**
 * Finds the best non-overlapping approximate occurrences of `pattern` in `text` with at most
 * `maxErrors` edits, fewest errors first. Match ends never split a surrogate pair.
 */
export function fuzzySearch(text: string, pattern: string, maxErrors: number, options: FuzzySearchOptions = {}): FuzzyMatch[] {
  const m = pattern.length;
  if (m === 0 || text.length === 0) return [];
  const k = Math.max(0, Math.min(Math.floor(maxErrors), m));
  const ranges = options.ranges ?? [[0, text.length] as const];
  const slotCount = assignSlots(pattern);
  try {
    const forward = compilePattern(pattern, false, slotCount);
    const scoresByRange = ranges
      .map(([from, to]) => [Math.max(0, from), Math.min(text.length, to)] as const)
      .filter(([from, to]) => to > from)
      .map(([from, to]) => {
        const scores = new Int32Array(to - from);
        runAutomaton(forward, text, from, to - from, 1, false, scores);
        return { from, scores };
      });
    const ends = pickEnds(scoresByRange, k, Math.max(1, Math.ceil(m / 2)), options.limit ?? 32);
    const backward = compilePattern(pattern, true, slotCount);
    const matches: FuzzyMatch[] = [];
    for (const pick of ends) {
      const match = settleEnd(forward, backward, text, pick, m + k);
      if (isInsideSurrogatePair(text, match.end)) match.end++;
      if (isInsideSurrogatePair(text, match.start)) match.start--;
      matches.push(match);
    }
    return matches.sort((a, b) => a.errors - b.errors || a.start - b.start);
  } finally {
    releasePattern(pattern);
  }
}
