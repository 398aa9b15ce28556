import type { AnnotationKind } from "@/lib/domain/annotation-kinds";
import { fromIsoDate, toIsoDate } from "@/lib/server/dates";
import type { AnnotationKindFields } from "@/lib/dto/annotation-dto";
import type { Prisma } from "@/lib/server/db/generated/client";
import type { AnnotationContent, EvidenceInput } from "@/lib/validations/annotation";

/** The kind-specific columns of an Annotation (null for other kinds). */
export const kindColumnSelect = {
  claimant: true,
  verdict: true,
  rationale: true,
  speaker: true,
  saidWhere: true,
  saidOn: true,
  wordingVerified: true,
  allegedBy: true,
  allegedAgainst: true,
  rightOfReplySought: true,
  rightOfReplySoughtOn: true,
} as const satisfies Prisma.AnnotationSelect;

/** The kind-specific columns of an Annotation row. */
export type KindColumns = Prisma.AnnotationGetPayload<{ select: typeof kindColumnSelect }>;

const EMPTY: KindColumns = {
  claimant: null,
  verdict: null,
  rationale: null,
  speaker: null,
  saidWhere: null,
  saidOn: null,
  wordingVerified: null,
  allegedBy: null,
  allegedAgainst: null,
  rightOfReplySought: null,
  rightOfReplySoughtOn: null,
};

/** Validated content → the row's columns (other kinds' columns cleared). */
export function contentToColumns(content: AnnotationContent): KindColumns {
  switch (content.kind) {
    case "claim":
      return { ...EMPTY, claimant: content.fields.claimant, verdict: content.fields.verdict, rationale: content.fields.rationale };
    case "quote":
      return {
        ...EMPTY,
        speaker: content.fields.speaker,
        saidWhere: content.fields.saidWhere,
        saidOn: fromIsoDate(content.fields.saidOn),
        wordingVerified: content.fields.wordingVerified,
      };
    case "allegation":
      return {
        ...EMPTY,
        allegedBy: content.fields.allegedBy,
        allegedAgainst: content.fields.allegedAgainst,
        rightOfReplySought: content.fields.rightOfReplySought,
        rightOfReplySoughtOn: fromIsoDate(content.fields.rightOfReplySoughtOn),
      };
  }
}

/** A row's columns → the kind with its fields, as the API and forms use them. */
export function kindFieldsFromColumns(kind: AnnotationKind, row: KindColumns): AnnotationKindFields {
  switch (kind) {
    case "claim":
      return { kind, fields: { claimant: row.claimant ?? "", verdict: row.verdict ?? "unverified", rationale: row.rationale ?? "" } };
    case "quote":
      return { kind, fields: { speaker: row.speaker ?? "", saidWhere: row.saidWhere ?? "", saidOn: toIsoDate(row.saidOn), wordingVerified: row.wordingVerified ?? false } };
    case "allegation":
      return {
        kind,
        fields: {
          allegedBy: row.allegedBy ?? "",
          allegedAgainst: row.allegedAgainst ?? "",
          rightOfReplySought: row.rightOfReplySought ?? false,
          rightOfReplySoughtOn: toIsoDate(row.rightOfReplySoughtOn),
        },
      };
  }
}

/** The evidence columns a DTO shows. */
export const evidenceSelect = { url: true, title: true, excerpt: true, accessedOn: true } as const satisfies Prisma.EvidenceSelect;

export type EvidenceRow = Prisma.EvidenceGetPayload<{ select: typeof evidenceSelect }>;

export function evidenceFromRows(rows: EvidenceRow[]): EvidenceInput[] {
  return rows.map((row) => ({ url: row.url, title: row.title, excerpt: row.excerpt, accessedOn: toIsoDate(row.accessedOn) }));
}

export function evidenceToRows(items: EvidenceInput[]): (EvidenceRow & { position: number })[] {
  return items.map((item, position) => ({ position, url: item.url, title: item.title, excerpt: item.excerpt, accessedOn: fromIsoDate(item.accessedOn) }));
}
