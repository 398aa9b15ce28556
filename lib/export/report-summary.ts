import { ANNOTATION_KINDS, type AnnotationKind } from "../domain/annotation-kinds";
import { REVIEW_STATUSES, type ReviewStatus } from "../domain/review-statuses";
import { VERDICTS, type Verdict } from "../domain/verdicts";
import type { ExportInput } from "./export-types";
import type { NumberedAnnotation } from "./select-annotations";
import { ENGLISH_REPORT, type ReportWords } from "./report-words";

/** A labelled count in a report summary. */
export type CountLine<K extends string = string> = { key: K; label: string; count: number };

/** What the top of a report (HTML or PDF) says about the annotations it contains. */
export type ReportSummary = {
  total: number;
  /** Every kind, including those with a count of 0. */
  byKind: CountLine<AnnotationKind>[];
  /** Verdicts of the included claims, in scale order; only those that occur. */
  byVerdict: CountLine<Verdict>[];
  /** Review statuses that occur, in workflow order. */
  byStatus: CountLine<ReviewStatus>[];
  /** Included annotations that could not be placed in this revision's text. */
  notPlaced: number;
  includeAll: boolean;
  /** "Approved annotations only" or "All annotations, whatever their review status". */
  scopeLabel: string;
  /** What an empty report says instead of a list. */
  emptyMessage: string;
};

function countBy<K extends string>(keys: readonly K[], labels: Record<K, string>, values: K[], keepZero: boolean): CountLine<K>[] {
  const counts = new Map<K, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return keys.map((key) => ({ key, label: labels[key], count: counts.get(key) ?? 0 })).filter((line) => keepZero || line.count > 0);
}

/** Counts the included annotations by kind, verdict and status for a report's summary. */
export function summariseReport(input: ExportInput, numbered: readonly NumberedAnnotation[], words: ReportWords = ENGLISH_REPORT): ReportSummary {
  const annotations = numbered.map((entry) => entry.annotation);
  const verdicts: Verdict[] = [];
  for (const annotation of annotations) if (annotation.kind === "claim") verdicts.push(annotation.fields.verdict);
  const { includeAll } = input.context;
  return {
    total: annotations.length,
    byKind: countBy(
      ANNOTATION_KINDS,
      words.kinds,
      annotations.map((a) => a.kind),
      true,
    ),
    byVerdict: countBy(VERDICTS, words.verdicts, verdicts, false),
    byStatus: countBy(
      REVIEW_STATUSES,
      words.statuses,
      annotations.map((a) => a.status),
      false,
    ),
    notPlaced: numbered.filter((entry) => !entry.placed).length,
    includeAll,
    scopeLabel: includeAll ? words.scopeAll : words.scopeApproved,
    emptyMessage: includeAll ? words.emptyAll : words.emptyApproved,
  };
}
