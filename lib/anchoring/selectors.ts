/**
 * W3C Web Annotation selectors for a span of the plain text, in Unicode code points.
 */
import { toCodePointIndex, type CodePointIndex } from "./code-points";

/** W3C TextPositionSelector: code-point offsets, `end` exclusive. */
export type TextPositionSelector = { type: "TextPositionSelector"; start: number; end: number };

/** W3C TextQuoteSelector: the exact text plus up to 32 code points of context either side. */
export type TextQuoteSelector = { type: "TextQuoteSelector"; exact: string; prefix: string; suffix: string };

/** Both selectors of one span, as stored with an annotation. */
export type SpanSelectors = { position: TextPositionSelector; quote: TextQuoteSelector };

/** A quote as callers may give it: `type` optional, context optional (missing = unknown). */
export type QuoteInput = { type?: "TextQuoteSelector"; exact: string; prefix?: string; suffix?: string };

/** A position as callers may give it (`type` optional). */
export type PositionInput = { type?: "TextPositionSelector"; start: number; end: number };

/** Stored selectors as callers may give them: the quote, and the position when known. */
export type AnchorSelectors = { position?: PositionInput; quote: QuoteInput };

/** Code points of context kept either side of the exact text (Hypothesis uses 32 too). */
export const CONTEXT_LENGTH = 32;

/** What is wrong with a span. */
export type SpanProblem = "not-integer" | "reversed" | "empty" | "out-of-range";

/** Thrown by {@link describeSpan} for a span it cannot describe; `problem` says why. */
export class InvalidSpanError extends Error {
  readonly problem: SpanProblem;
  constructor(problem: SpanProblem, message: string) {
    super(message);
    this.name = "InvalidSpanError";
    this.problem = problem;
  }
}

/**
 * Checks that `[start, end)` is a non-empty span of a text of `length` code points. Returns the
 * problem (with a message naming it), or null when the span is fine.
 */
export function checkSpan(length: number, start: number, end: number): { problem: SpanProblem; message: string } | null {
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    return { problem: "not-integer", message: `Span offsets must be integers (got start ${start}, end ${end})` };
  }
  if (start < 0 || end > length) {
    return { problem: "out-of-range", message: `Span ${start}…${end} is out of range: the text has ${length} code points` };
  }
  if (end < start) return { problem: "reversed", message: `Span is reversed: end ${end} is before start ${start}` };
  if (end === start) return { problem: "empty", message: `Span ${start}…${end} is empty` };
  return null;
}

/**
 * Describes the span `[start, end)` (code points) of `text` with a TextPositionSelector and a
 * TextQuoteSelector whose prefix and suffix hold `contextLength` (32) code points, fewer at the
 * text's edges.
 * @throws InvalidSpanError when the span is not integer, reversed, empty or out of range.
 */
export function describeSpan(text: string | CodePointIndex, start: number, end: number, options: { contextLength?: number } = {}): SpanSelectors {
  const index = toCodePointIndex(text);
  const problem = checkSpan(index.length, start, end);
  if (problem) throw new InvalidSpanError(problem.problem, problem.message);
  const context = options.contextLength ?? CONTEXT_LENGTH;
  return {
    position: { type: "TextPositionSelector", start, end },
    quote: {
      type: "TextQuoteSelector",
      exact: index.slice(start, end),
      prefix: index.slice(Math.max(0, start - context), start),
      suffix: index.slice(end, Math.min(index.length, end + context)),
    },
  };
}
