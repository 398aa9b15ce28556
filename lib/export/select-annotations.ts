import { checkSpan } from "../anchoring/selectors";
import { isPublishedApproval } from "../review/publishable";
import { createCodePointIndex, type CodePointIndex } from "../anchoring/code-points";
import type { ExportAnnotation, ExportContext, ExportInput } from "./export-types";

/**
 * An included annotation with its number in the export and where it sits in the article text.
 * `placed` is true when the annotation is not orphaned and its code point range lies inside the
 * text and covers exactly its `exact` quote; only placed annotations are highlighted in reports or
 * given a TextPositionSelector.
 */
export type NumberedAnnotation = {
  /** 1-based, in document order. */
  number: number;
  annotation: ExportAnnotation;
  placed: boolean;
  /** UTF-16 offsets of the placed range in `article.text` (both -1 when not placed). */
  from: number;
  to: number;
};

/**
 * Whether an annotation belongs in an export made with `context`: every one with includeAll, else
 * approved ones still on their text (an orphaned or changed approval is never published).
 */
export function isIncluded(annotation: ExportAnnotation, context: ExportContext): boolean {
  return context.includeAll || isPublishedApproval(annotation);
}

/** Where `annotation` sits in the text behind `index`, if its positions still hold its quote. */
export function placeAnnotation(index: CodePointIndex, annotation: ExportAnnotation): { placed: boolean; from: number; to: number } {
  const { start, end } = annotation;
  if (annotation.anchorState === "orphaned" || checkSpan(index.length, start, end) !== null) {
    return { placed: false, from: -1, to: -1 };
  }
  if (index.slice(start, end) !== annotation.exact) return { placed: false, from: -1, to: -1 };
  return { placed: true, from: index.toUtf16(start), to: index.toUtf16(end) };
}

/**
 * Document order: placed annotations first, by start ascending, then end descending (so an
 * enclosing annotation comes before the ones nested in it), then creation time and id for a
 * stable order; annotations that cannot be placed follow, in the same order of their recorded
 * positions.
 */
function compareDocumentOrder(a: Omit<NumberedAnnotation, "number">, b: Omit<NumberedAnnotation, "number">): number {
  if (a.placed !== b.placed) return a.placed ? -1 : 1;
  const x = a.annotation;
  const y = b.annotation;
  if (x.start !== y.start) return x.start - y.start;
  if (x.end !== y.end) return y.end - x.end;
  if (x.createdAt !== y.createdAt) return x.createdAt < y.createdAt ? -1 : 1;
  return x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
}

/** Orders and numbers `annotations` (already filtered) against the article text. */
export function numberAnnotations(text: string, annotations: readonly ExportAnnotation[]): NumberedAnnotation[] {
  const index = createCodePointIndex(text);
  return annotations
    .map((annotation) => ({ annotation, ...placeAnnotation(index, annotation) }))
    .sort(compareDocumentOrder)
    .map((entry, i) => ({ ...entry, number: i + 1 }));
}

/**
 * The annotations an export shows, filtered by `context.includeAll`, in document order and
 * numbered 1..n. Every serialiser except ClaimReview uses this, so numbers agree across formats.
 */
export function selectAnnotations(input: ExportInput): NumberedAnnotation[] {
  const included = input.annotations.filter((annotation) => isIncluded(annotation, input.context));
  return numberAnnotations(input.article.text, included);
}
