/**
 * Ground truth of the re-anchoring benchmark, from the fate of each old character (see edits.ts):
 * - every character survived, in order → the span must land on its new place ("intact");
 * - the ends survived and at most 30% of the span changed → it must land between the new ends ("changed");
 * - at least 70% changed, or under 30% survived → it must be orphaned;
 * - anything in between, or spans torn apart by a move, is not scored ("unscored").
 * `keptStart`…`keptEnd` is where the span's surviving characters now are (the whole span if intact).
 */
import type { EditedText } from "./edits";

/** Where an annotation should end up (UTF-16 range of the new text), or that it should be orphaned. */
export type Truth = { kind: "intact" | "changed"; start: number; end: number; keptStart: number; keptEnd: number } | { kind: "orphan" } | { kind: "unscored" };

/** Truth for the old UTF-16 span `[start, end)`. */
export function truthFor(oldText: string, edited: EditedText, start: number, end: number): Truth {
  const { boundaryMap, kept } = edited;
  const length = end - start;
  let survived = 0;
  let previous = -1;
  let ordered = true;
  let first = -1;
  let firstOld = -1;
  let lastOld = -1;
  for (let k = start; k < end; k++) {
    if (!kept[k]) continue;
    survived++;
    const at = boundaryMap[k];
    if (first < 0) [first, firstOld] = [at, k];
    lastOld = k;
    if (at <= previous) ordered = false;
    // Two surviving neighbours pulled far apart: a move tore the span.
    if (previous >= 0 && at - previous > 64) ordered = false;
    previous = at;
  }
  const newStart = boundaryMap[start];
  const newEnd = boundaryMap[end];
  const inside = survived === 0 || (first >= newStart && previous < newEnd);
  if (survived > 0 && first - newStart - (firstOld - start) > 64) ordered = false;
  if (survived > 0 && newEnd - previous - (end - lastOld) > 64) ordered = false;
  const spanned = newStart >= 0 && newEnd > newStart && ordered && inside;
  if (survived === length && spanned && edited.text.slice(newStart, newEnd) === oldText.slice(start, end)) {
    return { kind: "intact", start: newStart, end: newEnd, keptStart: newStart, keptEnd: newEnd };
  }
  if (spanned) {
    const changed = 1 - survived / Math.max(length, newEnd - newStart);
    if (changed <= 0.3) return { kind: "changed", start: newStart, end: newEnd, keptStart: first, keptEnd: previous + 1 };
    if (changed >= 0.7) return { kind: "orphan" };
    return { kind: "unscored" };
  }
  return survived / length < 0.3 ? { kind: "orphan" } : { kind: "unscored" };
}
