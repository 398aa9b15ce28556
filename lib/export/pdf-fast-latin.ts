import type { Font, Glyph } from "fontkit";

/**
 * A fast path for plain Latin text in PDFKit's embedded fonts. PDFKit shapes every distinct
 * word with fontkit's full OpenType pipeline (~0.1 ms each, mostly per-call set-up), and builds
 * an object per glyph; for a report with thousands of notes that dominates. Text made only of
 * Latin letters without combining marks, digits and common punctuation needs no shaping beyond
 * glyph advances and pair kerning: here glyphs come straight from the cmap, kerning is asked of
 * fontkit once per distinct pair, and the text emitter gets ready-made TJ operands. Anything else
 * (Arabic, combining marks, ZWJ…) still goes through fontkit.
 *
 * It patches PDFKit's `EmbeddedFont#layout` and `#encode` on one document's font instances (PDFKit
 * internals, checked before use: when they do not look as expected nothing is patched and
 * everything is merely slower).
 */

const SIMPLE = /^[\u0020-\u007E\u00A0-\u024F\u2010-\u2027\u2030-\u205E\u20AC]*$/;
/** Every fast-path character is in the BMP below this, so plain arrays indexed by code point do. */
const LIMIT = 0x2100;
const KERN_ONLY = { ccmp: false, locl: false, rlig: false, mark: false, mkmk: false, calt: false, clig: false, liga: false, rclt: false, curs: false, kern: true };
/** Words and short runs are cached; longer strings (whole lines) are rarely seen twice. */
const CACHED_LENGTH = 40;

type Position = { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number; advanceWidth: number };
type Run = { glyphs: Glyph[] | null; positions: Position[] | null; advanceWidth: number };
type EmbeddedFontShape = {
  font: Font;
  scale: number;
  layout(text: string, features?: unknown, onlyWidth?: boolean): Run;
  encode(text: string, features?: unknown): [string[], Position[]];
};

/** Fast operations on one embedded font. */
export type FastLatinFont = {
  /** The TJ operand (the part between `[` and `]`) that shows `text`, or null when `text` is not plain Latin. */
  showOperand(text: string): string | null;
};

const helpers = new WeakMap<object, FastLatinFont>();

function looksLikeEmbeddedFont(value: unknown): value is EmbeddedFontShape {
  const font = value as Partial<EmbeddedFontShape> | null;
  return !!font && typeof font.layout === "function" && typeof font.encode === "function" && typeof font.scale === "number" && typeof font.font?.glyphForCodePoint === "function";
}

/** True when `text` can take the fast path. */
export function isSimpleLatin(text: string): boolean {
  return SIMPLE.test(text);
}

/** The fast helper installed on a PDFKit font object, if any. */
export function fastLatinOf(font: unknown): FastLatinFont | undefined {
  return typeof font === "object" && font !== null ? helpers.get(font) : undefined;
}

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * Pair kerning depends on the font file only, so it is shared by every document in the process
 * (PDFKit parses the font afresh for each document). At most one entry per distinct pair of
 * fast-path characters actually met.
 */
const kerningByFont = new Map<string, Map<number, number>>();

function kerningOf(font: Font): Map<number, number> {
  const key = `${font.postscriptName}|${font.numGlyphs}|${font.unitsPerEm}`;
  let kerning = kerningByFont.get(key);
  if (!kerning) kerningByFont.set(key, (kerning = new Map()));
  return kerning;
}

function install(embedded: EmbeddedFontShape): void {
  const { font, scale } = embedded;
  const originalLayout = embedded.layout.bind(embedded);
  const originalEncode = embedded.encode.bind(embedded);
  const glyphs: Glyph[] = new Array(LIMIT);
  const advances = new Float64Array(LIMIT).fill(Number.NaN);
  const codes: string[] = new Array(LIMIT);
  const kerning = kerningOf(font);
  const widths = new Map<string, number>();
  const operands = new Map<string, string>();

  const glyphOf = (codePoint: number) => (glyphs[codePoint] ??= font.glyphForCodePoint(codePoint));
  const advanceOf = (codePoint: number) => {
    let advance = advances[codePoint];
    if (Number.isNaN(advance)) advances[codePoint] = advance = glyphOf(codePoint).advanceWidth;
    return advance;
  };
  /** Kerning after `left` when followed by `right`, in font units. */
  const kern = (left: number, right: number) => {
    const key = left * LIMIT + right;
    let value = kerning.get(key);
    if (value === undefined) {
      const run = font.layout(String.fromCharCode(left, right), KERN_ONLY as never);
      value = run.positions.length === 2 ? run.positions[0].xAdvance - advanceOf(left) : 0;
      kerning.set(key, value);
    }
    return value;
  };
  /** The glyph code of a character in the subset, encoding it through PDFKit the first time. */
  const codeOf = (codePoint: number) => (codes[codePoint] ??= originalEncode(String.fromCharCode(codePoint))[0][0]);

  const widthOf = (text: string) => {
    let width = widths.get(text);
    if (width === undefined) {
      width = 0;
      for (let i = 0; i < text.length; i++) {
        const codePoint = text.charCodeAt(i);
        width += advanceOf(codePoint) + (i + 1 < text.length ? kern(codePoint, text.charCodeAt(i + 1)) : 0);
      }
      width *= scale;
      if (text.length <= CACHED_LENGTH) widths.set(text, width);
    }
    return width;
  };

  embedded.layout = (text, features, onlyWidth) => {
    if (features || !SIMPLE.test(text)) return originalLayout(text, features, onlyWidth);
    if (onlyWidth) return { glyphs: null, positions: null, advanceWidth: widthOf(text) };
    const runGlyphs: Glyph[] = [];
    const positions: Position[] = [];
    for (let i = 0; i < text.length; i++) {
      const codePoint = text.charCodeAt(i);
      const advance = advanceOf(codePoint) * scale;
      const x = i + 1 < text.length ? advance + kern(codePoint, text.charCodeAt(i + 1)) * scale : advance;
      runGlyphs.push(glyphOf(codePoint));
      positions.push({ xAdvance: x, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: advance });
    }
    return { glyphs: runGlyphs, positions, advanceWidth: widthOf(text) };
  };

  embedded.encode = (text, features) => {
    if (features || !SIMPLE.test(text)) return originalEncode(text, features);
    const { positions } = embedded.layout(text);
    return [Array.from(text, (char) => codeOf(char.charCodeAt(0))), positions as Position[]];
  };

  helpers.set(embedded, {
    showOperand(text) {
      if (!SIMPLE.test(text)) return null;
      let operand = operands.get(text);
      if (operand !== undefined) return operand;
      operand = "<";
      for (let i = 0; i < text.length; i++) {
        const codePoint = text.charCodeAt(i);
        operand += codeOf(codePoint);
        const adjust = i + 1 < text.length ? kern(codePoint, text.charCodeAt(i + 1)) : 0;
        // TJ moves the next glyph left by n/1000 em: kerning of `adjust` font units is -adjust·scale.
        if (adjust !== 0) operand += `> ${round(-adjust * scale)} <`;
      }
      operand += "> 0";
      if (text.length <= CACHED_LENGTH) operands.set(text, operand);
      return operand;
    },
  });
}

/** Gives the named (already registered) fonts of `doc` the fast Latin path; returns how many were patched. */
export function installFastLatinLayout(doc: PDFKit.PDFDocument, names: readonly string[]): number {
  let patched = 0;
  for (const name of names) {
    doc.font(name);
    const embedded: unknown = (doc as unknown as { _font?: unknown })._font;
    if (!looksLikeEmbeddedFont(embedded) || helpers.has(embedded)) continue;
    install(embedded);
    patched++;
  }
  return patched;
}
