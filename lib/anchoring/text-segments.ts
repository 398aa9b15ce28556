/**
 * The piecewise mapping behind the text model: a chain of segments, each pairing a range of the
 * plain text (UTF-16 units) with a range of document positions. Segments are contiguous on both
 * sides, so a lookup is one binary search.
 *
 * A segment is linear when both ranges have the same length (text and hard breaks); otherwise its
 * inner positions (or inner units) collapse onto its ends, chosen by `assoc`.
 */

/** Receives the segments in document order while a document is walked. */
export type SegmentBuilder = {
  /** Records where the first textblock's content starts (positions before it map to offset 0). */
  start(pos: number): void;
  /** Appends `text`, standing for document positions `pos0`…`pos1`. */
  add(text: string, pos0: number, pos1: number): void;
};

/** The finished mapping between UTF-16 units of the text and document positions. */
export type SegmentTable = {
  readonly text: string;
  /** UTF-16 unit of the text → document position (see `TextModel.offsetToPos` for `assoc`). */
  unitToPos(unit: number, assoc: number): number;
  /** Document position → UTF-16 unit of the text (see `TextModel.posToOffset` for `assoc`). */
  posToUnit(pos: number, assoc: number): number;
};

/** First index in `values[0…count)` (non-decreasing) whose value is ≥ `target`. */
function lowerBound(values: Int32Array, count: number, target: number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function grow(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/**
 * Runs `walk` with a builder and returns the finished table plus whatever `walk` returned (the
 * document's content size).
 */
export function buildSegmentTable(walk: (out: SegmentBuilder) => number): { table: SegmentTable; docSize: number } {
  let u0 = new Int32Array(64);
  let u1 = new Int32Array(64);
  let p0 = new Int32Array(64);
  let p1 = new Int32Array(64);
  let count = 0;
  let unit = 0;
  let firstStart = 0;
  const parts: string[] = [];

  const isLinear = (i: number) => u1[i] - u0[i] === p1[i] - p0[i];
  const builder: SegmentBuilder = {
    start(pos) {
      firstStart = pos;
    },
    add(text, pos0, pos1) {
      parts.push(text);
      const next = unit + text.length;
      const linear = text.length === pos1 - pos0;
      const last = count - 1;
      if (linear && last >= 0 && isLinear(last) && u1[last] === unit && p1[last] === pos0) {
        u1[last] = next;
        p1[last] = pos1;
      } else {
        if (count === u0.length) [u0, u1, p0, p1] = [grow(u0), grow(u1), grow(p0), grow(p1)];
        u0[count] = unit;
        u1[count] = next;
        p0[count] = pos0;
        p1[count] = pos1;
        count++;
      }
      unit = next;
    },
  };
  const docSize = walk(builder);
  const text = parts.join("");

  const unitToPos = (u: number, assoc: number): number => {
    if (count === 0) return firstStart;
    const j = lowerBound(u1, count, u);
    if (j === count) return p1[count - 1];
    if (u0[j] < u && u < u1[j]) {
      if (isLinear(j)) return p0[j] + (u - u0[j]);
      return assoc < 0 ? p0[j] : p1[j];
    }
    if (assoc < 0) return u === u0[j] ? p0[j] : p1[j];
    // Rightmost: the last segment starting at or before `u`.
    let k = lowerBound(u0, count, u + 1) - 1;
    if (k < 0) k = 0;
    if (u0[k] === u && u1[k] !== u) return p0[k];
    return p1[k];
  };

  const posToUnit = (pos: number, assoc: number): number => {
    if (count === 0) return 0;
    if (pos <= p0[0]) return u0[0];
    if (pos >= p1[count - 1]) return u1[count - 1];
    const i = lowerBound(p0, count, pos + 1) - 1;
    if (isLinear(i)) return u0[i] + (pos - p0[i]);
    if (pos === p0[i]) return u0[i];
    return assoc < 0 ? u0[i] : u1[i];
  };

  return { table: { text, unitToPos, posToUnit }, docSize };
}
