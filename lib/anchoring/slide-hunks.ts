/**
 * Moves pure insertions and deletions of a diff to natural boundaries. "said." → "said.\nCoda." may
 * come out of the diff as ".\nCoda" inserted before the full stop; the equivalent "\nCoda." after it
 * is what a reader means, and it keeps a span ending at "said." out of the edit. The boundary score
 * follows diff-match-patch's `cleanupSemanticLossless` (text edges, then line breaks, then sentence
 * ends, then whitespace, then other punctuation), except that only . ! ? … (maybe followed by a
 * closing quote) end a sentence, and an edit moves only to a strictly better place, the nearest of
 * equals (sentence-level edits already sit on boundaries).
 */
import { isInsideSurrogatePair } from "./code-points";
import type { DiffHunk } from "./text-diff";

/** How natural a cut between the units at `i - 1` and `i` of `text` is (higher is better). */
function boundaryScore(text: string, i: number): number {
  if (i <= 0 || i >= text.length) return 6;
  const left = text[i - 1];
  const right = text[i];
  const leftOther = !/[\p{L}\p{N}\p{M}]/u.test(left);
  const rightOther = !/[\p{L}\p{N}\p{M}]/u.test(right);
  const leftSpace = leftOther && /\s/.test(left);
  const rightSpace = rightOther && /\s/.test(right);
  if ((leftSpace && /[\r\n]/.test(left)) || (rightSpace && /[\r\n]/.test(right))) return 4;
  if (rightSpace && /[.!?…]["'»”’)\]]*$/.test(text.slice(Math.max(0, i - 4), i))) return 3;
  if (leftSpace || rightSpace) return 2;
  if (leftOther || rightOther) return 1;
  return 0;
}

/**
 * Slides the edit `[from, to)` of `text` (the inserted text for an insertion, the deleted text for a
 * deletion) between `min` and `max` (edges it may not cross) to the best-scoring equivalent place.
 * Returns how far it moved (negative: left).
 */
function bestShift(text: string, from: number, to: number, min: number, max: number): number {
  const scoreAt = (shift: number) => (isInsideSurrogatePair(text, from + shift) || isInsideSurrogatePair(text, to + shift) ? -1 : boundaryScore(text, from + shift) + boundaryScore(text, to + shift));
  let left = 0;
  while (from + left - 1 >= min && text.charCodeAt(from + left - 1) === text.charCodeAt(to + left - 1)) left--;
  let best = 0;
  let bestScore = scoreAt(0);
  for (let shift = left; ; shift++) {
    const score = scoreAt(shift);
    if (score > bestScore || (score === bestScore && Math.abs(shift) < Math.abs(best))) {
      best = shift;
      bestScore = score;
    }
    const a = from + shift;
    const b = to + shift;
    if (b >= max || text.charCodeAt(a) !== text.charCodeAt(b)) break;
  }
  return best;
}

/** Returns `hunks` with every pure insertion and deletion moved to its most natural place. */
export function slideHunks(oldText: string, newText: string, hunks: DiffHunk[]): DiffHunk[] {
  const out = hunks.map((h) => ({ ...h }));
  for (let i = 0; i < out.length; i++) {
    const h = out[i];
    const prev = out[i - 1];
    const next = out[i + 1];
    const insertion = h.oldStart === h.oldEnd && h.newEnd > h.newStart;
    const deletion = h.newStart === h.newEnd && h.oldEnd > h.oldStart;
    if (!insertion && !deletion) continue;
    const shift = insertion
      ? bestShift(newText, h.newStart, h.newEnd, prev ? prev.newEnd + 1 : 0, next ? next.newStart - 1 : newText.length)
      : bestShift(oldText, h.oldStart, h.oldEnd, prev ? prev.oldEnd + 1 : 0, next ? next.oldStart - 1 : oldText.length);
    h.oldStart += shift;
    h.oldEnd += shift;
    h.newStart += shift;
    h.newEnd += shift;
  }
  return out;
}
