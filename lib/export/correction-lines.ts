import { VERDICT_LABELS } from "../domain/verdicts";
import type { ExportCorrection } from "./export-types";
import { formatDate } from "./format-dates";

/**
 * One correction as the report prints it: "2026-12-01 · Verdict: False → Misleading · rationale
 * changed · by Sana Malik" and the note on its own. Pure; the HTML and PDF reports both use it.
 */
export function describeCorrection(correction: ExportCorrection): { head: string; note: string } {
  const parts = [formatDate(correction.at)];
  if (correction.verdictBefore !== correction.verdictAfter) {
    const label = (verdict: ExportCorrection["verdictBefore"]) => (verdict ? VERDICT_LABELS[verdict] : "none");
    parts.push(`Verdict: ${label(correction.verdictBefore)} → ${label(correction.verdictAfter)}`);
  }
  if ((correction.rationaleBefore ?? "") !== (correction.rationaleAfter ?? "")) parts.push("rationale changed");
  parts.push(`by ${correction.by.name}`);
  return { head: parts.join(" · "), note: correction.note };
}
