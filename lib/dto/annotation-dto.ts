import type { AnchorState, ReviewStatus } from "@/lib/domain/review-statuses";
import type { AllegationFields, ClaimFields, EvidenceInput, QuoteFields } from "@/lib/validations/annotation";

/** The review steps that count as a decision on an annotation (a submission does not). */
export type LastDecisionAction = "approve" | "reject" | "request_changes" | "reopen";

/** A reviewer's latest decision on an annotation, with the reason they gave ("" for an approval). */
export type LastDecisionDto = {
  /** The decision's id (what `POST /api/annotations/{id}/undo` takes back). */
  id: string;
  action: LastDecisionAction;
  reason: string;
  by: { id: string; name: string };
  at: string;
};

/** The kind and its fields, typed together: narrow on `kind` to read `fields`. */
export type AnnotationKindFields = { kind: "claim"; fields: ClaimFields } | { kind: "quote"; fields: QuoteFields } | { kind: "allegation"; fields: AllegationFields };

/** What every annotation has, whatever its kind. */
export type AnnotationDtoBase = {
  id: string;
  articleId: string;
  status: ReviewStatus;
  anchorState: AnchorState;
  version: number;
  revision: number;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  previousExact: string | null;
  note: string;
  evidence: EvidenceInput[];
  author: { id: string; name: string };
  lastEditedBy: { id: string; name: string };
  /** The latest approve, reject, request changes or reopen (null when none yet). */
  lastDecision: LastDecisionDto | null;
  /** The decided claim whose verdict, rationale and evidence were copied into this one (null when none). */
  reusedFrom: { annotationId: string; articleId: string; articleTitle: string } | null;
  createdAt: string;
  updatedAt: string;
};

/**
 * An annotation as the UI and the API see it: picked fields only, dates as ISO strings, `fields`
 * typed by `kind`. Positions are Unicode code points into the text of revision `revision`.
 */
export type AnnotationDto = AnnotationDtoBase & AnnotationKindFields;

/** Document order: by start, longer (enclosing) spans first. */
export function compareDocumentOrder(a: { start: number; end: number; id: string }, b: { start: number; end: number; id: string }): number {
  return a.start - b.start || b.end - a.end || a.id.localeCompare(b.id);
}
