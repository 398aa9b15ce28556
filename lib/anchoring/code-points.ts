/**
 * Conversions between UTF-16 indices (what JavaScript strings count) and Unicode code-point offsets
 * (what the W3C Web Annotation selectors count).
 *
 * A well-formed surrogate pair is one code point; a lone surrogate also counts as one code point,
 * as it does for `Array.from(text)` and `for…of`.
 */

/** A string together with a precomputed index of its astral characters (surrogate pairs). */
export type CodePointIndex = {
  /** The indexed string. */
  readonly text: string;
  /** Length of `text` in code points. */
  readonly length: number;
  /** True when the text has no surrogate pairs, so both kinds of offsets are equal. */
  readonly isBmpOnly: boolean;
  /**
   * UTF-16 index → code-point offset, in O(log a) for a astral characters. An index that falls
   * between the two halves of a surrogate pair rounds down to the code point containing it.
   * Indices are clamped to `[0, text.length]`.
   */
  toCodePoint(utf16Index: number): number;
  /** Code-point offset → UTF-16 index, in O(log a). Offsets are clamped to `[0, length]`. */
  toUtf16(codePointOffset: number): number;
  /** Substring between two code-point offsets (end exclusive), like `String.prototype.slice`. */
  slice(start: number, end?: number): string;
};

/** Whether the UTF-16 index `i` of `text` is the low half of a surrogate pair. */
export function isInsideSurrogatePair(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return false;
  const low = text.charCodeAt(i);
  const high = text.charCodeAt(i - 1);
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
}

/** UTF-16 indices where each surrogate pair of `text` starts. */
function findAstralStarts(text: string): Int32Array {
  if (!/[\ud800-\udbff][\udc00-\udfff]/.test(text)) return new Int32Array(0);
  const starts: number[] = [];
  const n = text.length;
  for (let i = 0; i < n - 1; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff) continue;
    const d = text.charCodeAt(i + 1);
    if (d < 0xdc00 || d > 0xdfff) continue;
    starts.push(i);
    i++;
  }
  return Int32Array.from(starts);
}

/** Number of entries of the sorted array `values` that are < `limit`. */
function countBelow(values: Int32Array, limit: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Indexes `text` in one O(n) pass so that conversions cost O(log a) for a astral characters (and
 * O(1) for text without any). Build it once per text and reuse it for many conversions.
 */
export function createCodePointIndex(text: string): CodePointIndex {
  const astralUtf16 = findAstralStarts(text);
  const astralCount = astralUtf16.length;
  const length = text.length - astralCount;
  // Code-point offset of each astral character: its UTF-16 index minus the pairs before it.
  const astralCodePoint = new Int32Array(astralCount);
  for (let j = 0; j < astralCount; j++) astralCodePoint[j] = astralUtf16[j] - j;

  const toCodePoint = (utf16Index: number): number => {
    const u = Math.max(0, Math.min(text.length, utf16Index));
    if (astralCount === 0) return u;
    return u - countBelow(astralUtf16, u);
  };
  const toUtf16 = (codePointOffset: number): number => {
    const c = Math.max(0, Math.min(length, codePointOffset));
    if (astralCount === 0) return c;
    return c + countBelow(astralCodePoint, c);
  };
  const slice = (start: number, end: number = length): string => text.slice(toUtf16(start), toUtf16(end));

  return { text, length, isBmpOnly: astralCount === 0, toCodePoint, toUtf16, slice };
}

/** Length of `text` in code points. */
export function codePointLength(text: string): number {
  let pairs = 0;
  const n = text.length;
  for (let i = 0; i < n - 1; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff) continue;
    const d = text.charCodeAt(i + 1);
    if (d < 0xdc00 || d > 0xdfff) continue;
    pairs++;
    i++;
  }
  return n - pairs;
}

/**
 * Substring of `text` between code-point offsets `start` and `end` (end exclusive). For many slices
 * of one text, build a {@link CodePointIndex} once and use its `slice`.
 */
export function codePointSlice(text: string, start: number, end?: number): string {
  return createCodePointIndex(text).slice(start, end);
}

/** `text` itself when it is already an index, otherwise a fresh index of it. */
export function toCodePointIndex(text: string | CodePointIndex): CodePointIndex {
  return typeof text === "string" ? createCodePointIndex(text) : text;
}
