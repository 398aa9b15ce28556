import type { AnnotationDto, LastDecisionDto } from "@/lib/dto/annotation-dto";
import type { Prisma } from "@/lib/server/db/generated/client";
import { evidenceFromRows, evidenceSelect, kindColumnSelect, kindFieldsFromColumns } from "./annotation-columns";

export type { AnnotationDto, LastDecisionDto } from "@/lib/dto/annotation-dto";
export { compareDocumentOrder } from "@/lib/dto/annotation-dto";

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
  lastDecision: { select: { id: true, action: true, reason: true, createdAt: true, actor: { select: { id: true, name: true } } } },
  evidence: { select: evidenceSelect, orderBy: { position: "asc" } },
  reusedFrom: { select: { id: true, articleId: true, article: { select: { title: true } } } },
} as const satisfies Prisma.AnnotationSelect;

/** An Annotation row as `annotationSelect` reads it (or any select that includes it). */
export type AnnotationRow = Prisma.AnnotationGetPayload<{ select: typeof annotationSelect }>;

function toLastDecisionDto(decision: AnnotationRow["lastDecision"]): LastDecisionDto | null {
  if (!decision || decision.action === "submit") return null;
  return { id: decision.id, action: decision.action, reason: decision.reason, by: decision.actor, at: decision.createdAt.toISOString() };
}

export function toAnnotationDto(row: AnnotationRow): AnnotationDto {
  return {
    ...kindFieldsFromColumns(row.kind, row),
    id: row.id,
    articleId: row.articleId,
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
    note: row.note,
    evidence: evidenceFromRows(row.evidence),
    author: row.author,
    lastEditedBy: row.lastEditedBy,
    lastDecision: toLastDecisionDto(row.lastDecision),
    reusedFrom: row.reusedFrom ? { annotationId: row.reusedFrom.id, articleId: row.reusedFrom.articleId, articleTitle: row.reusedFrom.article.title } : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
