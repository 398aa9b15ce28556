/** Test support: building selectors and reading results in code points. */
import { codePointLength } from "../code-points";
import { reanchorAnnotations, type ReanchorResult } from "../reanchor";
import { describeSpan, type SpanSelectors } from "../selectors";

/** Selectors for the `nth` (0-based) occurrence of `exact` in `text`. */
export function spanOf(text: string, exact: string, nth = 0): SpanSelectors {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(exact, at + 1);
    if (at < 0) throw new Error(`occurrence ${nth} of "${exact}" not in text`);
  }
  const start = codePointLength(text.slice(0, at));
  return describeSpan(text, start, start + codePointLength(exact));
}

/** Code-point offset of the `nth` occurrence of `needle` in `text`. */
export function offsetOf(text: string, needle: string, nth = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`occurrence ${nth} of "${needle}" not in text`);
  return codePointLength(text.slice(0, at));
}

/** Re-anchors the `nth` occurrence of `exact` in `oldText` to `newText`. */
export function reanchorOne(oldText: string, newText: string, exact: string, nth = 0): ReanchorResult {
  return reanchorAnnotations(oldText, newText, [spanOf(oldText, exact, nth)])[0];
}

/** The new text under a placed result (null when orphaned). */
export function textUnder(newText: string, result: ReanchorResult): string | null {
  if (result.status === "orphaned") return null;
  return Array.from(newText).slice(result.start, result.end).join("");
}
