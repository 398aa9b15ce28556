import type { AnnotationKind } from "@/lib/domain/annotation-kinds";
import type { Verdict } from "@/lib/domain/verdicts";
import type { AnnotationDto, AnnotationDtoBase, AnnotationKindFields, LastDecisionDto } from "@/lib/dto/annotation-dto";
import type { EvidenceInput } from "@/lib/validations/annotation";

/**
 * One annotation as the joined read (`readAnnotationRows`) returns it: flat columns, dates already
 * ISO strings. The columns the DTO shows as they are come from the DTO's own type; the rest are
 * the flattened kind fields, people, the decision and the reuse.
 */
export type FlatAnnotationRow = Pick<
  AnnotationDtoBase,
  "id" | "articleId" | "status" | "anchorState" | "version" | "revision" | "start" | "end" | "exact" | "prefix" | "suffix" | "previousExact" | "note" | "createdAt" | "updatedAt"
> & {
  kind: AnnotationKind;
  claimant: string | null;
  verdict: Verdict | null;
  rationale: string | null;
  speaker: string | null;
  saidWhere: string | null;
  saidOn: string | null;
  wordingVerified: boolean | null;
  allegedBy: string | null;
  allegedAgainst: string | null;
  rightOfReplySought: boolean | null;
  rightOfReplySoughtOn: string | null;
  authorId: string;
  authorName: string;
  lastEditedById: string;
  lastEditedByName: string;
  decisionId: string | null;
  decisionAction: string | null;
  decisionReason: string | null;
  decisionAt: string | null;
  decisionById: string | null;
  decisionByName: string | null;
  reusedFromId: string | null;
  reusedFromArticleId: string | null;
  reusedFromTitle: string | null;
  evidence: EvidenceInput[] | null;
};

function kindFieldsOf(row: FlatAnnotationRow): AnnotationKindFields["fields"] {
  switch (row.kind) {
    case "claim":
      return { claimant: row.claimant ?? "", verdict: row.verdict ?? "unverified", rationale: row.rationale ?? "" };
    case "quote":
      return { speaker: row.speaker ?? "", saidWhere: row.saidWhere ?? "", saidOn: row.saidOn, wordingVerified: row.wordingVerified ?? false };
    case "allegation":
      return { allegedBy: row.allegedBy ?? "", allegedAgainst: row.allegedAgainst ?? "", rightOfReplySought: row.rightOfReplySought ?? false, rightOfReplySoughtOn: row.rightOfReplySoughtOn };
  }
}

function lastDecision(row: FlatAnnotationRow): LastDecisionDto | null {
  if (row.decisionId === null || row.decisionAction === null || row.decisionAction === "submit") return null;
  return {
    id: row.decisionId,
    action: row.decisionAction as LastDecisionDto["action"],
    reason: row.decisionReason ?? "",
    by: { id: row.decisionById ?? "", name: row.decisionByName ?? "" },
    at: row.decisionAt ?? "",
  };
}

/**
 * The DTO of a joined row, field for field (and key for key, so the API's JSON is unchanged)
 * what `toAnnotationDto` makes of a Prisma row. One object literal of one shape (no spread), so
 * that thousands of them are cheap to build and to serialise.
 */
export function annotationDtoFromFlatRow(row: FlatAnnotationRow): AnnotationDto {
  return {
    kind: row.kind,
    fields: kindFieldsOf(row),
    id: row.id,
    articleId: row.articleId,
    status: row.status,
    anchorState: row.anchorState,
    version: row.version,
    revision: row.revision,
    start: row.start,
    end: row.end,
    exact: row.exact,
    prefix: row.prefix,
    suffix: row.suffix,
    previousExact: row.previousExact,
    note: row.note,
    evidence: row.evidence ?? [],
    author: { id: row.authorId, name: row.authorName },
    lastEditedBy: { id: row.lastEditedById, name: row.lastEditedByName },
    lastDecision: lastDecision(row),
    reusedFrom: row.reusedFromId ? { annotationId: row.reusedFromId, articleId: row.reusedFromArticleId ?? "", articleTitle: row.reusedFromTitle ?? "" } : null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  } as AnnotationDto;
}
