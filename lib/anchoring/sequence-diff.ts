/**
 * Diff of two integer sequences (token ids or code points) as a list of replaced ranges.
 *
 * Strategy (fast on long prose with local edits): strip the common prefix and suffix; split the
 * middle at elements that occur exactly once on each side, in increasing order on both (the
 * "patience" anchors, chosen by a longest increasing subsequence) — or, where no element is unique,
 * at unique runs of 16 or 4 elements; solve what is left with Myers'
 * O(ND) algorithm under a work budget, and call a piece that exceeds it one replacement.
 */

/** A replaced range: `a[aStart…aEnd)` became `b[bStart…bEnd)`; everything between hunks is equal. */
export type SequenceHunk = { aStart: number; aEnd: number; bStart: number; bEnd: number };

/** Options of {@link diffSequences}. */
export type SequenceDiffOptions = {
  /** Size of the alphabet when elements are small ids (enables patience anchors); 0 disables them. */
  alphabetSize?: number;
  /** Most edit steps Myers may take on one piece (default 1500). */
  maxEditSteps?: number;
  /** Most cells ((N+M)·D) Myers may visit on one piece (default 2·10⁷). */
  maxWork?: number;
};

type Range = { aLo: number; aHi: number; bLo: number; bHi: number };
type Scratch = { countA: Int32Array; countB: Int32Array; where: Int32Array };

/** Myers' greedy O(ND) diff of a piece, or null when it needs more than `maxD` steps. */
function myers(a: Int32Array, b: Int32Array, r: Range, maxD: number, out: SequenceHunk[]): boolean {
  const n = r.aHi - r.aLo;
  const m = r.bHi - r.bLo;
  const offset = maxD + 1;
  const v = new Int32Array(2 * maxD + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= maxD && found < 0; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[r.aLo + x] === b[r.bLo + y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
    trace.push(v.slice(offset - d - 1, offset + d + 2));
  }
  if (found < 0) return false;
  // Walk back through the snapshots, collecting the diagonal runs (equal stretches).
  const equal: [number, number, number][] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const prev = trace[d - 1];
    const at = (k: number) => prev[k + d];
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    const startX = down ? prevX : prevX + 1;
    const startY = down ? prevY + 1 : prevY;
    if (x > startX) equal.push([startX, startY, x - startX]);
    x = prevX;
    y = prevY;
  }
  if (x > 0) equal.push([0, 0, x]);
  equal.reverse();
  let ax = 0;
  let by = 0;
  for (const [ex, ey, len] of equal) {
    if (ex > ax || ey > by) out.push({ aStart: r.aLo + ax, aEnd: r.aLo + ex, bStart: r.bLo + by, bEnd: r.bLo + ey });
    ax = ex + len;
    by = ey + len;
  }
  if (ax < n || by < m) out.push({ aStart: r.aLo + ax, aEnd: r.aHi, bStart: r.bLo + by, bEnd: r.bHi });
  return true;
}

/** Pairs (i, j) of elements occurring once in each side, kept in increasing order on both. */
function patienceAnchors(a: Int32Array, b: Int32Array, r: Range, scratch: Scratch): [number, number][] {
  const { countA, countB, where } = scratch;
  for (let j = r.bLo; j < r.bHi; j++) {
    countB[b[j]]++;
    where[b[j]] = j;
  }
  for (let i = r.aLo; i < r.aHi; i++) countA[a[i]]++;
  const pairs: [number, number][] = [];
  for (let i = r.aLo; i < r.aHi; i++) if (countA[a[i]] === 1 && countB[a[i]] === 1) pairs.push([i, where[a[i]]]);
  for (let j = r.bLo; j < r.bHi; j++) countB[b[j]] = 0;
  for (let i = r.aLo; i < r.aHi; i++) countA[a[i]] = 0;
  return longestIncreasing(pairs);
}

/** Hash of `seq[at…at+n)`. */
function gramHash(seq: Int32Array, at: number, n: number): number {
  let h = 0x811c9dc5;
  for (let i = at; i < at + n; i++) h = Math.imul(h ^ seq[i], 0x01000193);
  return h;
}

function sameGram(a: Int32Array, i: number, b: Int32Array, j: number, n: number): boolean {
  for (let t = 0; t < n; t++) if (a[i + t] !== b[j + t]) return false;
  return true;
}

/**
 * Like {@link patienceAnchors} for runs of `n` elements: used where no single element is unique
 * (text made of common words), since a phrase of a few words usually is.
 */
function gramAnchors(a: Int32Array, b: Int32Array, r: Range, n: number): [number, number][] {
  const inB = new Map<number, number>();
  for (let j = r.bLo; j + n <= r.bHi; j++) {
    const h = gramHash(b, j, n);
    inB.set(h, inB.has(h) ? -1 : j);
  }
  const inA = new Map<number, number>();
  for (let i = r.aLo; i + n <= r.aHi; i++) {
    const h = gramHash(a, i, n);
    inA.set(h, inA.has(h) ? -1 : i);
  }
  const pairs: [number, number][] = [];
  for (const [h, i] of inA) {
    const j = inB.get(h);
    if (i >= 0 && j !== undefined && j >= 0 && sameGram(a, i, b, j, n)) pairs.push([i, j]);
  }
  return longestIncreasing(pairs.sort((x, y) => x[0] - y[0]));
}

/** Longest subsequence of `pairs` (sorted by first) increasing in second, by patience sorting. */
function longestIncreasing(pairs: [number, number][]): [number, number][] {
  if (pairs.length === 0) return pairs;
  const tails: number[] = [];
  const back = new Int32Array(pairs.length);
  for (let p = 0; p < pairs.length; p++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (pairs[tails[mid]][1] < pairs[p][1]) lo = mid + 1;
      else hi = mid;
    }
    back[p] = lo > 0 ? tails[lo - 1] : -1;
    tails[lo] = p;
  }
  const result: [number, number][] = [];
  for (let p = tails[tails.length - 1]; p >= 0; p = back[p]) result.push(pairs[p]);
  return result.reverse();
}

/** Unique single elements first, then unique runs of 16, then of 4 elements (long runs first: a unique long run is rarely a coincidence). */
function findAnchors(a: Int32Array, b: Int32Array, r: Range, scratch: Scratch): [number, number][] {
  const single = patienceAnchors(a, b, r, scratch);
  if (single.length > 0) return single;
  const size = Math.min(r.aHi - r.aLo, r.bHi - r.bLo);
  for (const n of [16, 4]) {
    if (size < n * 4) break;
    const grams = gramAnchors(a, b, r, n);
    if (grams.length > 0) return grams;
  }
  return [];
}

/**
 * Diffs `a` against `b`. Returns the replaced ranges in increasing order, never touching each other.
 */
export function diffSequences(a: Int32Array, b: Int32Array, options: SequenceDiffOptions = {}): SequenceHunk[] {
  const alphabet = options.alphabetSize ?? 0;
  const scratch: Scratch | null = alphabet > 0 ? { countA: new Int32Array(alphabet), countB: new Int32Array(alphabet), where: new Int32Array(alphabet) } : null;
  const maxSteps = options.maxEditSteps ?? 1500;
  const maxWork = options.maxWork ?? 2e7;
  const out: SequenceHunk[] = [];
  const stack: Range[] = [{ aLo: 0, aHi: a.length, bLo: 0, bHi: b.length }];
  while (stack.length > 0) {
    const r = stack.pop() as Range;
    while (r.aLo < r.aHi && r.bLo < r.bHi && a[r.aLo] === b[r.bLo]) {
      r.aLo++;
      r.bLo++;
    }
    while (r.aLo < r.aHi && r.bLo < r.bHi && a[r.aHi - 1] === b[r.bHi - 1]) {
      r.aHi--;
      r.bHi--;
    }
    if (r.aLo === r.aHi && r.bLo === r.bHi) continue;
    if (r.aLo === r.aHi || r.bLo === r.bHi) {
      out.push({ aStart: r.aLo, aEnd: r.aHi, bStart: r.bLo, bEnd: r.bHi });
      continue;
    }
    const anchors = scratch ? findAnchors(a, b, r, scratch) : [];
    if (anchors.length > 0) {
      let aFrom = r.aLo;
      let bFrom = r.bLo;
      for (const [i, j] of anchors) {
        stack.push({ aLo: aFrom, aHi: i, bLo: bFrom, bHi: j });
        aFrom = i + 1;
        bFrom = j + 1;
      }
      stack.push({ aLo: aFrom, aHi: r.aHi, bLo: bFrom, bHi: r.bHi });
      continue;
    }
    const size = r.aHi - r.aLo + r.bHi - r.bLo;
    const maxD = Math.min(size, maxSteps, Math.floor(maxWork / size));
    if (!myers(a, b, r, maxD, out)) out.push({ aStart: r.aLo, aEnd: r.aHi, bStart: r.bLo, bEnd: r.bHi });
  }
  return mergeTouching(out.sort((x, y) => x.aStart - y.aStart || x.bStart - y.bStart));
}

/** Joins hunks with nothing equal between them. */
export function mergeTouching(hunks: SequenceHunk[]): SequenceHunk[] {
  const merged: SequenceHunk[] = [];
  for (const h of hunks) {
    const last = merged[merged.length - 1];
    if (last && last.aEnd === h.aStart && last.bEnd === h.bStart) {
      last.aEnd = h.aEnd;
      last.bEnd = h.bEnd;
    } else merged.push({ ...h });
  }
  return merged;
}
