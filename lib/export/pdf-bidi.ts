import bidiFactory from "bidi-js";

/**
 * The Unicode bidirectional algorithm (bidi-js) for the PDF report: PDFKit draws glyphs left to
 * right, so right-to-left text (Urdu, Arabic) must be reordered per line before drawing.
 */

const RTL_CHARACTERS = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u200F\u202B\u202E\u2067]|\uD802[\uDC00-\uDFFF]|\uD83A[\uDC00-\uDFFF]/;

let bidi: ReturnType<typeof bidiFactory> | null = null;

/** Embedding levels of one paragraph, per UTF-16 unit; `levels` is null when it is all left-to-right. */
export type ParagraphLevels = { levels: Uint8Array | null; rtl: boolean };

/** Resolves levels with the paragraph direction taken from its first strong character (like `dir="auto"`). */
export function paragraphLevels(text: string): ParagraphLevels {
  if (!RTL_CHARACTERS.test(text)) return { levels: null, rtl: false };
  bidi ??= bidiFactory();
  const result = bidi.getEmbeddingLevels(text, "auto");
  return { levels: result.levels, rtl: (result.paragraphs[0]?.level ?? 0) % 2 === 1 };
}

/** True when `text` holds a right-to-left character (the shaper then lays it out right to left). */
export function hasRtlCharacters(text: string): boolean {
  return RTL_CHARACTERS.test(text);
}

/** Visual order (indices) of items with the given levels, by rule L2: reverse runs from the highest level down to the lowest odd one. */
export function visualOrder(levels: readonly number[]): number[] {
  const order = levels.map((_, i) => i);
  let highest = 0;
  let lowestOdd = Number.POSITIVE_INFINITY;
  for (const level of levels) {
    highest = Math.max(highest, level);
    if (level % 2 === 1) lowestOdd = Math.min(lowestOdd, level);
  }
  for (let level = highest; level >= lowestOdd; level--) {
    let i = 0;
    while (i < order.length) {
      if (levels[order[i]] < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < order.length && levels[order[j]] >= level) j++;
      const run = order.slice(i, j).reverse();
      order.splice(i, run.length, ...run);
      i = j;
    }
  }
  return order;
}

/** `text` with brackets and similar characters replaced by their mirror images (for right-to-left runs). */
export function mirrorCharacters(text: string): string {
  bidi ??= bidiFactory();
  let out = "";
  for (const char of text) out += bidi.getMirroredCharacter(char) ?? char;
  return out;
}
