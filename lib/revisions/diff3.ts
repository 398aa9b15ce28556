import { diffSequences, type SequenceHunk } from "../anchoring/sequence-diff";

/** A half-open range `[start, end)` of one of the three sequences. */
export type Diff3Range = { start: number; end: number };

/**
 * One stretch of a three-way comparison. `unchanged`: the same on all three; `mine` / `theirs`:
 * changed on that side only (take that side); `same`: changed identically on both; `conflict`:
 * changed differently on both sides (or both inserted different things at the same place).
 */
export type Diff3Region = {
  kind: "unchanged" | "mine" | "theirs" | "same" | "conflict";
  base: Diff3Range;
  mine: Diff3Range;
  theirs: Diff3Range;
};

type SideHunk = SequenceHunk & { side: 0 | 1 };

const isInsertion = (h: SequenceHunk) => h.aStart === h.aEnd;

/**
 * Whether hunks of the two sides touch the same base elements. Hunks that only meet at a boundary
 * do not clash (editing a paragraph and inserting one right after it merge), except two insertions
 * at the same place, whose order nobody can choose.
 */
function clash(x: SequenceHunk, y: SequenceHunk): boolean {
  if (isInsertion(x) && isInsertion(y)) return x.aStart === y.aStart;
  if (isInsertion(x)) return y.aStart < x.aStart && x.aStart < y.aEnd;
  if (isInsertion(y)) return x.aStart < y.aStart && y.aStart < x.aEnd;
  return Math.max(x.aStart, y.aStart) < Math.min(x.aEnd, y.aEnd);
}

function sameSlice(a: Int32Array, aRange: Diff3Range, b: Int32Array, bRange: Diff3Range): boolean {
  if (aRange.end - aRange.start !== bRange.end - bRange.start) return false;
  for (let i = 0; i < aRange.end - aRange.start; i++) if (a[aRange.start + i] !== b[bRange.start + i]) return false;
  return true;
}

/**
 * Three-way comparison of integer sequences (interned tokens or blocks): diffs `base` against each
 * side and walks the two hunk lists together, grouping hunks that clash. Regions cover all three
 * sequences in order, without gaps. `alphabetSize` is one more than the largest id (it lets the
 * diff anchor on unique elements).
 */
export function diff3(base: Int32Array, mine: Int32Array, theirs: Int32Array, alphabetSize: number): Diff3Region[] {
  const hunks: SideHunk[] = [
    ...diffSequences(base, mine, { alphabetSize }).map((h) => ({ ...h, side: 0 as const })),
    ...diffSequences(base, theirs, { alphabetSize }).map((h) => ({ ...h, side: 1 as const })),
  ].sort((x, y) => x.aStart - y.aStart || x.aEnd - y.aEnd || x.side - y.side);

  const regions: Diff3Region[] = [];
  const delta = [0, 0];
  let basePos = 0;
  const pushUnchanged = (end: number) => {
    if (end <= basePos) return;
    regions.push({
      kind: "unchanged",
      base: { start: basePos, end },
      mine: { start: basePos + delta[0], end: end + delta[0] },
      theirs: { start: basePos + delta[1], end: end + delta[1] },
    });
  };

  for (let i = 0; i < hunks.length;) {
    const group = [hunks[i]];
    let lo = hunks[i].aStart;
    let hi = hunks[i].aEnd;
    for (i += 1; i < hunks.length && group.some((g) => g.side !== hunks[i].side && clash(g, hunks[i])); i += 1) {
      group.push(hunks[i]);
      lo = Math.min(lo, hunks[i].aStart);
      hi = Math.max(hi, hunks[i].aEnd);
    }
    pushUnchanged(lo);
    const grew = [0, 0];
    for (const h of group) grew[h.side] += h.bEnd - h.bStart - (h.aEnd - h.aStart);
    const region: Diff3Region = {
      kind: "conflict",
      base: { start: lo, end: hi },
      mine: { start: lo + delta[0], end: hi + delta[0] + grew[0] },
      theirs: { start: lo + delta[1], end: hi + delta[1] + grew[1] },
    };
    const sides = new Set(group.map((h) => h.side));
    if (sides.size === 1) region.kind = sides.has(0) ? "mine" : "theirs";
    else if (sameSlice(mine, region.mine, theirs, region.theirs)) region.kind = "same";
    regions.push(region);
    delta[0] += grew[0];
    delta[1] += grew[1];
    basePos = hi;
  }
  pushUnchanged(base.length);
  return regions;
}

/** Gives each distinct key a small integer id, so sequences of keys can be diffed as integers. */
export class KeyInterner {
  private readonly ids = new Map<string, number>();

  /** The ids of `keys`, in order. */
  intern(keys: readonly string[]): Int32Array {
    const out = new Int32Array(keys.length);
    keys.forEach((key, i) => {
      let id = this.ids.get(key);
      if (id === undefined) {
        id = this.ids.size;
        this.ids.set(key, id);
      }
      out[i] = id;
    });
    return out;
  }

  /** Number of distinct keys seen so far (the alphabet size for {@link diff3}). */
  get size(): number {
    return this.ids.size;
  }
}
