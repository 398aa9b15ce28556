import type { AnnotationKind } from "@/lib/domain/annotation-kinds";
import type { AnchorState, ReviewStatus } from "@/lib/domain/review-statuses";
import type { AllegationFields, ClaimFields, EvidenceInput, QuoteFields } from "@/lib/validations/annotation";
import type { DecisionAction } from "@/lib/server/db/generated/enums";
import { columnsToFields, evidenceFromRows, kindColumnSelect, type EvidenceRow, type KindColumns } from "./annotation-columns";

/** A reviewer's latest decision on an annotation, with the reason they gave ("" for an approval). */
export type LastDecisionDto = {
  action: Exclude<DecisionAction, "submit">;
  reason: string;
  by: { id: string; name: string };
  at: string;
};

/**
 * An annotation as the UI and the API see it: picked fields only, dates as ISO strings.
 * Positions are Unicode code points into the text of revision `revision`.
 */
export type AnnotationDto = {
  id: string;
  articleId: string;
  kind: AnnotationKind;
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
  fields: ClaimFields | QuoteFields | AllegationFields;
  note: string;
  evidence: EvidenceInput[];
  author: { id: string; name: string };
  lastEditedBy: { id: string; name: string };
  /** The latest approve, reject, request changes or reopen (null when none yet). */
  lastDecision: LastDecisionDto | null;
  createdAt: string;
  updatedAt: string;
};

export const annotationSelect = {
  id: true,
  articleId: true,
  kind: true,
  status: true,
  anchorState: true,
  version: true,
  start: true,
  end: true,
  exact: true,
  prefix: true,
  suffix: true,
  previousExact: true,
  note: true,
  createdAt: true,
  updatedAt: true,
  ...kindColumnSelect,
  revision: { select: { number: true } },
  author: { select: { id: true, name: true } },
  lastEditedBy: { select: { id: true, name: true } },
  // A stored pointer set with each decision: lists load it in one extra query, not one per row.
  lastDecision: { select: { action: true, reason: true, createdAt: true, actor: { select: { id: true, name: true } } } },
  evidence: { select: { url: true, title: true, excerpt: true, accessedOn: true }, orderBy: { position: "asc" } },
} as const;

export type AnnotationRow = KindColumns & {
  id: string;
  articleId: string;
  kind: AnnotationKind;
  status: ReviewStatus;
  anchorState: AnchorState;
  version: number;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  previousExact: string | null;
  note: string;
  createdAt: Date;
  updatedAt: Date;
  revision: { number: number };
  author: { id: string; name: string };
  lastEditedBy: { id: string; name: string };
  lastDecision: { action: DecisionAction; reason: string; createdAt: Date; actor: { id: string; name: string } } | null;
  evidence: EvidenceRow[];
};

function toLastDecisionDto(decision: AnnotationRow["lastDecision"]): LastDecisionDto | null {
  if (!decision || decision.action === "submit") return null;
  return { action: decision.action, reason: decision.reason, by: decision.actor, at: decision.createdAt.toISOString() };
}

export function toAnnotationDto(row: AnnotationRow): AnnotationDto {
  return {
    id: row.id,
    articleId: row.articleId,
    kind: row.kind,
    status: row.status,
    anchorState: row.anchorState,
    version: row.version,
    revision: row.revision.number,
    start: row.start,
    end: row.end,
    exact: row.exact,
    prefix: row.prefix,
    suffix: row.suffix,
    previousExact: row.previousExact,
    fields: columnsToFields(row.kind, row),
    note: row.note,
    evidence: evidenceFromRows(row.evidence),
    author: row.author,
    lastEditedBy: row.lastEditedBy,
    lastDecision: toLastDecisionDto(row.lastDecision),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The API's JSON for an annotation: the DTO plus both W3C selectors. */
export function toAnnotationJson(dto: AnnotationDto) {
  return {
    ...dto,
    selectors: [
      { type: "TextPositionSelector", start: dto.start, end: dto.end },
      { type: "TextQuoteSelector", exact: dto.exact, prefix: dto.prefix, suffix: dto.suffix },
    ],
  };
}

/** Document order: by start, longer (enclosing) spans first. */
export function compareDocumentOrder(a: { start: number; end: number; id: string }, b: { start: number; end: number; id: string }): number {
  return a.start - b.start || b.end - a.end || a.id.localeCompare(b.id);
}
