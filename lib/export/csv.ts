import { describeEvidence } from "./annotation-fields";
import { csvDocument } from "./csv-cells";
import type { ExportAnnotation, ExportArticle, ExportInput } from "./export-types";
import { selectAnnotations, type NumberedAnnotation } from "./select-annotations";

/** Media type of the CSV export (RFC 4180 with a header row). */
export const CSV_CONTENT_TYPE = "text/csv; charset=utf-8; header=present";

type Cell = string | number;
type Column = { header: string; value: (entry: NumberedAnnotation, article: ExportArticle) => Cell };

const yesNo = (value: boolean | undefined) => (value === undefined ? "" : value ? "yes" : "no");
const claim = (a: ExportAnnotation) => (a.kind === "claim" ? a.fields : undefined);
const quote = (a: ExportAnnotation) => (a.kind === "quote" ? a.fields : undefined);
const allegation = (a: ExportAnnotation) => (a.kind === "allegation" ? a.fields : undefined);

/**
 * The columns, in order. Kinds, statuses, anchor states and verdicts are their stable machine
 * values (`mostly_true`, `changes_requested`); fields of another kind are empty; booleans are
 * yes/no; dates and times are as stored (ISO 8601); several evidence items are one per line.
 */
const COLUMNS: Column[] = [
  { header: "number", value: (e) => e.number },
  { header: "id", value: (e) => e.annotation.id },
  { header: "kind", value: (e) => e.annotation.kind },
  { header: "status", value: (e) => e.annotation.status },
  { header: "anchor_state", value: (e) => e.annotation.anchorState },
  { header: "start", value: (e) => e.annotation.start },
  { header: "end", value: (e) => e.annotation.end },
  { header: "exact", value: (e) => e.annotation.exact },
  { header: "prefix", value: (e) => e.annotation.prefix },
  { header: "suffix", value: (e) => e.annotation.suffix },
  { header: "claimant", value: (e) => claim(e.annotation)?.claimant ?? "" },
  { header: "verdict", value: (e) => claim(e.annotation)?.verdict ?? "" },
  { header: "rationale", value: (e) => claim(e.annotation)?.rationale ?? "" },
  { header: "speaker", value: (e) => quote(e.annotation)?.speaker ?? "" },
  { header: "said_where", value: (e) => quote(e.annotation)?.saidWhere ?? "" },
  { header: "said_on", value: (e) => quote(e.annotation)?.saidOn ?? "" },
  { header: "wording_verified", value: (e) => yesNo(quote(e.annotation)?.wordingVerified) },
  { header: "alleged_by", value: (e) => allegation(e.annotation)?.allegedBy ?? "" },
  { header: "alleged_against", value: (e) => allegation(e.annotation)?.allegedAgainst ?? "" },
  { header: "right_of_reply_sought", value: (e) => yesNo(allegation(e.annotation)?.rightOfReplySought) },
  { header: "right_of_reply_sought_on", value: (e) => allegation(e.annotation)?.rightOfReplySoughtOn ?? "" },
  { header: "note", value: (e) => e.annotation.note },
  { header: "evidence", value: (e) => e.annotation.evidence.map(describeEvidence).join("\n") },
  { header: "evidence_urls", value: (e) => e.annotation.evidence.map((item) => item.url).join(" ") },
  { header: "author", value: (e) => e.annotation.author.name },
  { header: "reviewer", value: (e) => e.annotation.reviewer?.name ?? "" },
  { header: "decided_at", value: (e) => e.annotation.decidedAt ?? "" },
  { header: "created_at", value: (e) => e.annotation.createdAt },
  { header: "updated_at", value: (e) => e.annotation.updatedAt },
  { header: "article_title", value: (_e, article) => article.title },
  { header: "article_url", value: (_e, article) => article.url },
  { header: "article_revision", value: (_e, article) => article.revision.number },
];

/** The header row's column names, in order. */
export const CSV_HEADERS: readonly string[] = COLUMNS.map((column) => column.header);

/**
 * The included annotations as CSV: UTF-8 with a BOM, CRLF line ends, a header row, one row per
 * annotation in document order (numbered as in the reports), formula-like cells neutralised.
 */
export function serialiseCsv(input: ExportInput): string {
  const rows: Cell[][] = [COLUMNS.map((column) => column.header)];
  for (const entry of selectAnnotations(input)) rows.push(COLUMNS.map((column) => column.value(entry, input.article)));
  return csvDocument(rows);
}
