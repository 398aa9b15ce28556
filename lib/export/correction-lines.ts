import type { ExportCorrection } from "./export-types";
import { formatDate } from "./format-dates";
import { ENGLISH_REPORT, type ReportWords } from "./report-words";

/**
 * One correction as the report prints it: "2026-12-01 · Verdict: False → Misleading · rationale
 * changed · by Sana Malik" and the note on its own. Pure; the HTML and PDF reports both use it.
 */
export function describeCorrection(correction: ExportCorrection, words: ReportWords = ENGLISH_REPORT): { head: string; note: string } {
  const parts = [formatDate(correction.at)];
  if (correction.verdictBefore !== correction.verdictAfter) {
    const label = (verdict: ExportCorrection["verdictBefore"]) => (verdict ? words.verdicts[verdict] : words.noVerdict);
    parts.push(words.verdictChange(label(correction.verdictBefore), label(correction.verdictAfter)));
  }
  if ((correction.rationaleBefore ?? "") !== (correction.rationaleAfter ?? "")) parts.push(words.rationaleChanged);
  parts.push(words.by(correction.by.name));
  return { head: parts.join(" · "), note: correction.note };
}
