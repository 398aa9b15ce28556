import type { AnnotationKind } from "../domain/annotation-kinds";

/** What the duplicate check needs to know of an annotation. */
export type SpanOf = { id: string; kind: AnnotationKind; start: number; end: number; revision: number };

/**
 * Two spans count as "the same or almost the same" when their overlap covers at least this
 * share of the longer one (e.g. "taxes fell by 3.5 percent" and "taxes fell by 3.5 percent last year").
 */
export const DUPLICATE_OVERLAP = 0.8;

/** Share of the longer span that two spans have in common (0 when they do not overlap). */
export function overlapShare(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const common = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  const longer = Math.max(a.end - a.start, b.end - b.start);
  return common <= 0 || longer <= 0 ? 0 : common / longer;
}

/**
 * Annotations of the same kind that already cover the candidate span, or almost (see
 * {@link DUPLICATE_OVERLAP}), on the same revision — most similar first. A tagger is warned
 * before saving one more.
 */
export function findDuplicateSpans<T extends SpanOf>(existing: readonly T[], candidate: Omit<SpanOf, "id">): T[] {
  return existing
    .filter((other) => other.kind === candidate.kind && other.revision === candidate.revision)
    .map((other) => ({ other, share: overlapShare(other, candidate) }))
    .filter(({ share }) => share >= DUPLICATE_OVERLAP)
    .sort((a, b) => b.share - a.share || a.other.start - b.other.start)
    .map(({ other }) => other);
}
