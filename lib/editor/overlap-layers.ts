/**
 * Where annotations overlap: the stretches of text covered by two or more spans, with how many,
 * so the viewer can mark them as layered (and the chooser lists them all). Pure; positions are
 * whatever the spans use (document positions or code points).
 */

/** A span of text covered by `depth` annotations (depth ≥ 2), end exclusive. */
export type LayeredStretch = { from: number; to: number; depth: number };

/**
 * The stretches covered by at least two of `spans`, in order, with neighbours of the same depth
 * merged. One sort and one sweep: O(n log n) for n spans. Empty spans are ignored.
 */
export function layeredStretches(spans: Iterable<{ from: number; to: number }>): LayeredStretch[] {
  const edges: [number, number][] = [];
  for (const span of spans) {
    if (span.to <= span.from) continue;
    edges.push([span.from, 1], [span.to, -1]);
  }
  // At one position, ends before starts: spans that only touch do not overlap.
  edges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const stretches: LayeredStretch[] = [];
  let depth = 0;
  for (let i = 0; i < edges.length;) {
    const at = edges[i][0];
    while (i < edges.length && edges[i][0] === at) depth += edges[i++][1];
    const next = edges[i]?.[0];
    if (depth < 2 || next === undefined || next === at) continue;
    const last = stretches[stretches.length - 1];
    if (last && last.to === at && last.depth === depth) last.to = next;
    else stretches.push({ from: at, to: next, depth });
  }
  return stretches;
}

/**
 * What a click on a place covered by `ids` (innermost first) selects: the innermost on a new
 * place, the next one out when `current` is already one of them (a second click cycles), back to
 * the innermost after the outermost.
 */
export function cycleAt(ids: readonly string[], current: string | null): string | null {
  if (ids.length === 0) return null;
  const index = current === null ? -1 : ids.indexOf(current);
  return ids[(index + 1) % ids.length];
}
