/**
 * Positions in exports count Unicode code points (as the W3C model does); JavaScript strings count
 * UTF-16 units. This index converts one to the other in O(1) after one pass over the text.
 */
export type CodePointIndex = {
  /** Length of the text in code points. */
  readonly length: number;
  /** UTF-16 offset of code point offset `cp` (0 ≤ cp ≤ length). */
  toUtf16(cp: number): number;
};

const SURROGATE = /[\uD800-\uDFFF]/;

/** Builds a code point → UTF-16 offset index for `text` (identity when it has no surrogates). */
export function createCodePointIndex(text: string): CodePointIndex {
  if (!SURROGATE.test(text)) {
    return { length: text.length, toUtf16: (cp) => cp };
  }
  const offsets: number[] = [];
  let unit = 0;
  for (const char of text) {
    offsets.push(unit);
    unit += char.length;
  }
  offsets.push(unit);
  const table = Uint32Array.from(offsets);
  return { length: table.length - 1, toUtf16: (cp) => table[cp] };
}

/** Number of code points in `text`. */
export function codePointLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

/** True when [start, end) is a non-empty range of whole code points inside the indexed text. */
export function isCodePointRange(index: CodePointIndex, start: number, end: number): boolean {
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= index.length;
}

/** The text between code point offsets `start` and `end` (end exclusive). */
export function sliceCodePoints(text: string, index: CodePointIndex, start: number, end: number): string {
  return text.slice(index.toUtf16(start), index.toUtf16(end));
}
