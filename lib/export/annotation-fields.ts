import { VERDICT_LABELS } from "../domain/verdicts";
import type { EvidenceInput } from "../validations/annotation";
import type { ExportAnnotation } from "./export-types";
import { formatDate } from "./format-dates";

/** One labelled line of an annotation's kind-specific fields, as every report shows them. */
export type FieldLine = {
  /** Stable key (the field name), for formats that need one. */
  key: string;
  label: string;
  value: string;
};

const yesNo = (value: boolean) => (value ? "Yes" : "No");

/**
 * The kind's fields as labelled lines in a fixed order; optional fields that are empty are left
 * out, booleans read "Yes"/"No", dates are `YYYY-MM-DD`.
 */
export function describeFields(annotation: ExportAnnotation): FieldLine[] {
  switch (annotation.kind) {
    case "claim": {
      const { claimant, verdict, rationale } = annotation.fields;
      const lines: FieldLine[] = [
        { key: "claimant", label: "Claimant", value: claimant },
        { key: "verdict", label: "Verdict", value: VERDICT_LABELS[verdict] ?? verdict },
      ];
      if (rationale) lines.push({ key: "rationale", label: "Rationale", value: rationale });
      return lines;
    }
    case "quote": {
      const { speaker, saidWhere, saidOn, wordingVerified } = annotation.fields;
      const lines: FieldLine[] = [{ key: "speaker", label: "Speaker", value: speaker }];
      if (saidWhere) lines.push({ key: "saidWhere", label: "Said where", value: saidWhere });
      if (saidOn) lines.push({ key: "saidOn", label: "Said on", value: formatDate(saidOn) });
      lines.push({ key: "wordingVerified", label: "Wording verified", value: yesNo(wordingVerified) });
      return lines;
    }
    case "allegation": {
      const { allegedBy, allegedAgainst, rightOfReplySought, rightOfReplySoughtOn } = annotation.fields;
      const reply = rightOfReplySought && rightOfReplySoughtOn ? `Yes, on ${formatDate(rightOfReplySoughtOn)}` : yesNo(rightOfReplySought);
      return [
        { key: "allegedBy", label: "Alleged by", value: allegedBy },
        { key: "allegedAgainst", label: "Alleged against", value: allegedAgainst },
        { key: "rightOfReplySought", label: "Right of reply sought", value: reply },
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
export function describeDecision(annotation: ExportAnnotation): string {
  if (!annotation.reviewer) return "";
  const date = formatDate(annotation.decidedAt);
  return date ? `Reviewed by ${annotation.reviewer.name} on ${date}` : `Reviewed by ${annotation.reviewer.name}`;
}

/**
 * The short label printed right after a claim's highlight in the reports, e.g. "[False]", so the
 * verdict is read beside the passage and not only in the notes; "" for quotes and allegations.
 */
export function verdictTag(annotation: ExportAnnotation): string {
  if (annotation.kind !== "claim") return "";
  return `[${VERDICT_LABELS[annotation.fields.verdict] ?? annotation.fields.verdict}]`;
}
