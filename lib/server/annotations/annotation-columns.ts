import type { AnnotationKind } from "@/lib/domain/annotation-kinds";
import type { Verdict } from "@/lib/domain/verdicts";
import { fromIsoDate, toIsoDate } from "@/lib/server/dates";
import type { AllegationFields, AnnotationContent, ClaimFields, EvidenceInput, QuoteFields } from "@/lib/validations/annotation";

/** The kind-specific columns of an Annotation row (null for other kinds). */
export type KindColumns = {
  claimant: string | null;
  verdict: Verdict | null;
  rationale: string | null;
  speaker: string | null;
  saidWhere: string | null;
  saidOn: Date | null;
  wordingVerified: boolean | null;
  allegedBy: string | null;
  allegedAgainst: string | null;
  rightOfReplySought: boolean | null;
  rightOfReplySoughtOn: Date | null;
};

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
} as const;

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

/** A row's columns → the kind's fields, as the API and forms use them. */
export function columnsToFields(kind: AnnotationKind, row: KindColumns): ClaimFields | QuoteFields | AllegationFields {
  switch (kind) {
    case "claim":
      return { claimant: row.claimant ?? "", verdict: row.verdict ?? "unverified", rationale: row.rationale ?? "" };
    case "quote":
      return { speaker: row.speaker ?? "", saidWhere: row.saidWhere ?? "", saidOn: toIsoDate(row.saidOn), wordingVerified: row.wordingVerified ?? false };
    case "allegation":
      return {
        allegedBy: row.allegedBy ?? "",
        allegedAgainst: row.allegedAgainst ?? "",
        rightOfReplySought: row.rightOfReplySought ?? false,
        rightOfReplySoughtOn: toIsoDate(row.rightOfReplySoughtOn),
      };
  }
}

export type EvidenceRow = { url: string; title: string; excerpt: string; accessedOn: Date | null };

export function evidenceFromRows(rows: EvidenceRow[]): EvidenceInput[] {
  return rows.map((row) => ({ url: row.url, title: row.title, excerpt: row.excerpt, accessedOn: toIsoDate(row.accessedOn) }));
}

export function evidenceToRows(items: EvidenceInput[]): (EvidenceRow & { position: number })[] {
  return items.map((item, position) => ({ position, url: item.url, title: item.title, excerpt: item.excerpt, accessedOn: fromIsoDate(item.accessedOn) }));
}
