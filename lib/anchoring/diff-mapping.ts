/**
 * Maps positions of the old text to the new one through a diff, like ProseMirror's
 * `Mapping.map(pos, assoc)`: a position inside a replaced range goes to the side `assoc` names, a
 * position at an insertion point stays before it (assoc < 0) or goes after it (assoc ≥ 0), and a
 * position at the very edge of a replaced range stays on that edge.
 */
import type { DiffHunk } from "./text-diff";

/** Units removed from and added to a span, and the resulting edit cost. */
export type SpanChange = { removed: number; added: number; cost: number };

/** Position mapping through one diff (UTF-16 indices). */
export type DiffMapping = {
  readonly hunks: readonly DiffHunk[];
  /** Maps an old position to the new text; `deleted` is true when it sat inside a replaced range. */
  map(pos: number, assoc: number): { pos: number; deleted: boolean };
  /**
   * What the diff did to old `[oldFrom, oldTo)`, whose image is `[newFrom, newTo)`: units removed
   * from it, units added to it, and the edit cost (for each hunk, the larger of the two).
   */
  spanChange(oldFrom: number, oldTo: number, newFrom: number, newTo: number): SpanChange;
  /** New-text ranges `[start, end)` that hold inserted or replacing text. */
  insertedRanges(): [number, number][];
};

/** Index of the first hunk whose old end is ≥ `pos`. */
function firstEndingAtOrAfter(hunks: readonly DiffHunk[], pos: number): number {
  let lo = 0;
  let hi = hunks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (hunks[mid].oldEnd < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function overlap(a0: number, a1: number, b0: number, b1: number): number {
  return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
}

/**
 * Builds the mapping of a diff (hunks sorted, touching only where a pure insertion meets another
 * hunk, as `diffTexts` returns them).
 */
export function createDiffMapping(hunks: readonly DiffHunk[]): DiffMapping {
  const map = (pos: number, assoc: number) => {
    const i = firstEndingAtOrAfter(hunks, pos);
    const h = hunks[i];
    if (!h || pos < h.oldStart) {
      const before = i > 0 ? hunks[i - 1] : null;
      return { pos: before ? pos + before.newEnd - before.oldEnd : pos, deleted: false };
    }
    if (h.oldStart === h.oldEnd) return { pos: assoc < 0 ? h.newStart : h.newEnd, deleted: false };
    if (pos === h.oldStart) return { pos: h.newStart, deleted: false };
    if (pos === h.oldEnd) {
      // An insertion right after this replacement: assoc decides which side of it.
      const next = hunks[i + 1];
      const inserted = next && next.oldStart === pos && next.oldEnd === pos;
      return { pos: inserted && assoc >= 0 ? next.newEnd : h.newEnd, deleted: false };
    }
    return { pos: assoc < 0 ? h.newStart : h.newEnd, deleted: true };
  };
  const spanChange = (oldFrom: number, oldTo: number, newFrom: number, newTo: number): SpanChange => {
    const change = { removed: 0, added: 0, cost: 0 };
    for (let i = firstEndingAtOrAfter(hunks, oldFrom); i < hunks.length && hunks[i].oldStart <= oldTo; i++) {
      const h = hunks[i];
      const removed = overlap(h.oldStart, h.oldEnd, oldFrom, oldTo);
      const added = overlap(h.newStart, h.newEnd, newFrom, newTo);
      change.removed += removed;
      change.added += added;
      change.cost += Math.max(removed, added);
    }
    return change;
  };
  const insertedRanges = () => hunks.filter((h) => h.newEnd > h.newStart).map((h): [number, number] => [h.newStart, h.newEnd]);
  return { hunks, map, spanChange, insertedRanges };
}
