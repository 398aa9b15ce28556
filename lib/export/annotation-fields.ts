import type { EvidenceInput } from "../validations/annotation";
import type { ExportAnnotation } from "./export-types";
import { formatDate } from "./format-dates";
import { ENGLISH_REPORT, type ReportWords } from "./report-words";

/** One labelled line of an annotation's kind-specific fields, as every report shows them. */
export type FieldLine = {
  /** Stable key (the field name), for formats that need one. */
  key: string;
  label: string;
  value: string;
};

/**
 * The kind's fields as labelled lines in a fixed order; optional fields that are empty are left
 * out, booleans read "Yes"/"No", dates are `YYYY-MM-DD`.
 */
export function describeFields(annotation: ExportAnnotation, words: ReportWords = ENGLISH_REPORT): FieldLine[] {
  const { fields: label } = words;
  const yesNo = (value: boolean) => (value ? words.yes : words.no);
  switch (annotation.kind) {
    case "claim": {
      const { claimant, verdict, rationale } = annotation.fields;
      const lines: FieldLine[] = [
        { key: "claimant", label: label.claimant, value: claimant },
        { key: "verdict", label: label.verdict, value: words.verdicts[verdict] ?? verdict },
      ];
      if (rationale) lines.push({ key: "rationale", label: label.rationale, value: rationale });
      return lines;
    }
    case "quote": {
      const { speaker, saidWhere, saidOn, wordingVerified } = annotation.fields;
      const lines: FieldLine[] = [{ key: "speaker", label: label.speaker, value: speaker }];
      if (saidWhere) lines.push({ key: "saidWhere", label: label.saidWhere, value: saidWhere });
      if (saidOn) lines.push({ key: "saidOn", label: label.saidOn, value: formatDate(saidOn) });
      lines.push({ key: "wordingVerified", label: label.wordingVerified, value: yesNo(wordingVerified) });
      return lines;
    }
    case "allegation": {
      const { allegedBy, allegedAgainst, rightOfReplySought, rightOfReplySoughtOn } = annotation.fields;
      const reply = rightOfReplySought && rightOfReplySoughtOn ? words.yesOn(formatDate(rightOfReplySoughtOn)) : yesNo(rightOfReplySought);
      return [
        { key: "allegedBy", label: label.allegedBy, value: allegedBy },
        { key: "allegedAgainst", label: label.allegedAgainst, value: allegedAgainst },
        { key: "rightOfReplySought", label: label.rightOfReplySought, value: reply },
      ];
    }
  }
}

/** One evidence item on one line: `Title <url> (accessed YYYY-MM-DD)`; parts that are empty are left out. */
export function describeEvidence(item: EvidenceInput): string {
  const parts = [item.title ? `${item.title} <${item.url}>` : item.url];
  if (item.accessedOn) parts.push(`(accessed ${formatDate(item.accessedOn)})`);
  return parts.join(" ");
}

/** "Reviewed by NAME on YYYY-MM-DD" for the latest decision, or "" when there is none. */
export function describeDecision(annotation: ExportAnnotation, words: ReportWords = ENGLISH_REPORT): string {
  if (!annotation.reviewer) return "";
  return words.reviewedBy(annotation.reviewer.name, formatDate(annotation.decidedAt));
}

/**
 * The short label printed right after a claim's highlight in the reports, e.g. "[False]", so the
 * verdict is read beside the passage and not only in the notes; "" for quotes and allegations.
 */
export function verdictTag(annotation: ExportAnnotation, words: ReportWords = ENGLISH_REPORT): string {
  if (annotation.kind !== "claim") return "";
  return `[${words.verdicts[annotation.fields.verdict] ?? annotation.fields.verdict}]`;
}
