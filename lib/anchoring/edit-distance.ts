/**
 * Small edit-distance helpers (Levenshtein: insert, delete and substitute cost 1) over UTF-16 units.
 */

let row = new Int32Array(256);

function rowOf(size: number): Int32Array {
  if (row.length < size) row = new Int32Array(Math.max(size, row.length * 2));
  return row;
}

/** Levenshtein distance between `a` and `b`, in O(|a|·|b|) time and O(|b|) memory. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  const d = rowOf(b.length + 1);
  for (let j = 0; j <= b.length; j++) d[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diagonal = d[0];
    d[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const above = d[j];
      const cost = ca === b.charCodeAt(j - 1) ? diagonal : diagonal + 1;
      d[j] = Math.min(cost, above + 1, d[j - 1] + 1);
      diagonal = above;
    }
  }
  return d[b.length];
}

/** Similarity in [0, 1]: 1 − distance / longer length (1 for two empty strings). */
export function similarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - editDistance(a, b) / longer;
}

/**
 * How well `expected` (a prefix or suffix) matches the text next to `boundary`, in [0, 1]:
 * 1 − errors / |expected|, where the alignment is pinned at the boundary and may end anywhere in a
 * window slightly longer than `expected` (so an insertion or deletion in the context costs one
 * error instead of shifting everything). `side` says whether `expected` stands before or after.
 * An empty `expected` gives 1 (nothing to contradict).
 */
export function contextSimilarity(expected: string, text: string, boundary: number, side: "before" | "after"): number {
  const m = expected.length;
  if (m === 0) return 1;
  const slack = (m >> 2) + 2;
  const available = side === "before" ? boundary : text.length - boundary;
  const n = Math.min(available, m + slack);
  const d = rowOf(n + 1);
  for (let j = 0; j <= n; j++) d[j] = j;
  let best = n === 0 ? m : Infinity;
  for (let i = 1; i <= m; i++) {
    const ce = side === "before" ? expected.charCodeAt(m - i) : expected.charCodeAt(i - 1);
    let diagonal = d[0];
    d[0] = i;
    for (let j = 1; j <= n; j++) {
      const ct = side === "before" ? text.charCodeAt(boundary - j) : text.charCodeAt(boundary + j - 1);
      const above = d[j];
      const cost = ce === ct ? diagonal : diagonal + 1;
      d[j] = Math.min(cost, above + 1, d[j - 1] + 1);
      diagonal = above;
    }
  }
  for (let j = 0; j <= n; j++) best = Math.min(best, d[j]);
  return Math.max(0, 1 - best / m);
}

/**
 * Whether {@link contextSimilarity} of `expected` at `boundary` is at least `minSimilarity`, computed
 * in a band around the diagonal and abandoned as soon as every cell exceeds the error budget (much
 * cheaper for long windows that do not match).
 */
export function contextSimilarityAtLeast(expected: string, text: string, boundary: number, side: "before" | "after", minSimilarity: number): boolean {
  const m = expected.length;
  if (m === 0) return true;
  const budget = Math.floor((1 - minSimilarity) * m + 1e-9);
  const step = side === "before" ? -1 : 1;
  const first = side === "before" ? boundary - 1 : boundary;
  const fits = side === "before" ? boundary >= m && text.startsWith(expected, boundary - m) : text.startsWith(expected, boundary);
  if (fits) return true;
  const available = side === "before" ? boundary : text.length - boundary;
  const n = Math.min(available, m + budget);
  const width = 2 * budget + 1;
  let previous = new Int32Array(width + 2).fill(budget + 1);
  let current = new Int32Array(width + 2).fill(budget + 1);
  // Cell (i, j) lives at index j − i + budget + 1 of row i; D[0][j] = j.
  for (let j = 0; j <= Math.min(n, budget); j++) previous[j + budget + 1] = j;
  for (let i = 1; i <= m; i++) {
    const ce = side === "before" ? expected.charCodeAt(m - i) : expected.charCodeAt(i - 1);
    let rowMin = budget + 1;
    current.fill(budget + 1);
    for (let d = -budget; d <= budget; d++) {
      const j = i + d;
      if (j < 0 || j > n) continue;
      const at = d + budget + 1;
      let best = j === 0 ? i : budget + 1;
      if (j > 0) {
        const ct = text.charCodeAt(first + step * (j - 1));
        best = Math.min(best, previous[at] + (ce === ct ? 0 : 1), current[at - 1] + 1);
      }
      best = Math.min(best, previous[at + 1] + 1);
      current[at] = best;
      if (best < rowMin) rowMin = best;
    }
    if (rowMin > budget) return false;
    [previous, current] = [current, previous];
  }
  for (let d = -budget; d <= budget; d++) {
    const j = m + d;
    if (j >= 0 && j <= n && previous[d + budget + 1] <= budget) return true;
  }
  return false;
}
