import { createCodePointIndex } from "@/lib/anchoring/code-points";
import { findQuote } from "@/lib/anchoring/find-quote";
import { checkSpan, describeSpan, type SpanSelectors } from "@/lib/anchoring/selectors";
import { fail, ok, type Result } from "@/lib/server/errors";
import type { PlacementInput } from "@/lib/validations/annotation-placement";

/**
 * Turns a placement (offsets or a TextQuoteSelector) into both selectors on `text`, or a 422
 * naming the field: offsets out of range, reversed or empty; a quote that isn't in the text or
 * that fits several places.
 */
export function placeSpan(text: string, placement: PlacementInput): Result<SpanSelectors> {
  const index = createCodePointIndex(text);
  if (placement.selector) {
    const found = findQuote(index, placement.selector);
    if (!found.found) {
      const field = found.reason === "context-mismatch" ? "selector.prefix" : "selector.exact";
      return fail("unprocessable", found.message, { fieldErrors: { [field]: found.message } });
    }
    return ok(describeSpan(index, found.start, found.end));
  }
  const start = placement.start ?? 0;
  const end = placement.end ?? 0;
  const problem = checkSpan(index.length, start, end);
  if (problem) {
    const field = problem.problem === "out-of-range" && start >= 0 && start <= index.length ? "end" : "start";
    return fail("unprocessable", problem.message, { fieldErrors: { [field]: problem.message } });
  }
  return ok(describeSpan(index, start, end));
}
