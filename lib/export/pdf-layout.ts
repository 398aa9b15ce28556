import type { AnnotationKind } from "../domain/annotation-kinds";
import { paragraphLevels } from "./pdf-bidi";
import { fontName, isEmojiJoiner, type FaceSlot, type FontRole, type LoadedFonts } from "./pdf-fonts";
import { replaceUncovered } from "./pdf-uncovered";

/**
 * Line layout for the PDF report. PDFKit's own wrapper knows neither font fallback nor
 * right-to-left text nor highlights, so paragraphs are broken into pieces (a word with its
 * trailing spaces, cut wherever the style, font or direction changes), measured, and wrapped
 * greedily at spaces; a word wider than the line is cut between characters.
 */

/** An annotation highlight on a run: which entry, its kind's colour and its underline lane. */
export type Highlight = { entry: number; kind: AnnotationKind; lane: number };

/** How a run of text is drawn; runs with the same style object can be drawn in one call. */
export type RunStyle = {
  role: FontRole;
  size: number;
  color: string;
  highlights?: readonly Highlight[];
  /** External http(s) link. */
  link?: string;
  /** Named destination this run jumps to. */
  goTo?: string;
  /** Named destination created where this run is drawn. */
  destination?: string;
  /** Raise above the baseline, in points (superscript markers). */
  rise?: number;
};

/** A paragraph is a list of styled runs; line breaks inside runs are not expected (split paragraphs first). */
export type StyledRun = { text: string; style: RunStyle };

/** The smallest unit of layout. */
export type Piece = {
  text: string;
  style: RunStyle;
  font: string;
  /** Bidi embedding level (odd = right to left). */
  level: number;
  width: number;
  /** Width without trailing spaces, used to decide whether it fits at the end of a line. */
  trimmedWidth: number;
  /** A line may break after this piece (it ends with a space). */
  breakAfter: boolean;
};

/** One laid out line, pieces in logical order. */
export type Line = { pieces: Piece[]; width: number; rtl: boolean; size: number };

/** Width of `text` in `font` at `size` points. */
export type Measure = (font: string, size: number, text: string) => number;

// eslint-disable-next-line no-control-regex -- control characters are exactly what it removes
const CONTROL = /[\u0000-\u001F\u007F]/g;
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
// eslint-disable-next-line no-control-regex -- Latin-1 starts at U+0000
const ONLY_LATIN_1 = /^[\u0000-\u00FF]*$/;
/** Variation selectors and the keycap only mean something to the emoji font; elsewhere they would draw as boxes. */
const EMOJI_ONLY = /^[\uFE0E\uFE0F\u20E3]$/;
const TRAILING_SPACE = /\s+$/;

/** Spaces a line may break after (not the no-break ones: U+00A0, U+2007, U+202F). */
function isBreakingSpace(code: number): boolean {
  return code === 32 || (code >= 0x2000 && code <= 0x200a && code !== 0x2007) || code === 0x205f || code === 0x3000 || code === 0x1680;
}

/** Splits a paragraph into measured pieces; `rtl` is its base direction. */
export function toPieces(runs: readonly StyledRun[], fonts: LoadedFonts, measure: Measure): { pieces: Piece[]; rtl: boolean } {
  const texts = runs.map((run) => replaceUncovered(run.text.replace(CONTROL, " "), fonts));
  const whole = texts.length === 1 ? texts[0] : texts.join("");
  const { levels, rtl } = paragraphLevels(whole);
  const simple = !levels && (ONLY_LATIN_1.test(whole) || !ARABIC.test(whole));
  const pieces: Piece[] = [];
  let offset = 0;
  let previousSlot: FaceSlot = 0;
  const push = (text: string, style: RunStyle, slot: FaceSlot, level: number, spaces: number) => {
    const font = fontName(style.role, slot);
    // Measured as drawn (PDFKit caches layouts per word with its trailing space); the trailing
    // spaces' width is then taken off rather than measuring the word a second time.
    const width = measure(font, style.size, text);
    const trimmedWidth = spaces === 0 ? width : Math.max(0, width - spaces * measure(font, style.size, " "));
    pieces.push({ text, style, font, level, width, trimmedWidth, breakAfter: spaces > 0 });
  };
  for (let r = 0; r < runs.length; r++) {
    const { style } = runs[r];
    const text = texts[r];
    let at = 0;
    while (at < text.length) {
      // A token is a word with the spaces after it (or spaces alone at the start of a run).
      const start = at;
      while (at < text.length && !isBreakingSpace(text.charCodeAt(at))) at++;
      const wordEnd = at;
      while (at < text.length && isBreakingSpace(text.charCodeAt(at))) at++;
      const token = text.slice(start, at);
      const spaces = at - wordEnd;
      if (simple && isAllLatin(token, fonts)) {
        push(token, style, 0, 0, spaces);
        previousSlot = 0;
        continue;
      }
      let current = "";
      let currentSlot: FaceSlot = previousSlot;
      let currentLevel = -1;
      let i = 0;
      for (const char of token) {
        const slot = fonts.slotOf(char.codePointAt(0)!);
        const code = char.codePointAt(0)!;
        // Neutrals follow their neighbour, except that only joiners stay with an emoji.
        const follows: FaceSlot = previousSlot === 4 && !isEmojiJoiner(code) ? 0 : previousSlot;
        const resolved: FaceSlot = slot === 2 ? follows : slot === 1 || slot === 4 ? slot : 0;
        const level = levels ? levels[offset + start + i] : 0;
        if (current !== "" && (resolved !== currentSlot || level !== currentLevel)) {
          push(current, style, currentSlot, currentLevel, 0);
          current = "";
        }
        if (current === "") {
          currentSlot = resolved;
          currentLevel = level;
        }
        // Anything uncovered was replaced by a placeholder above; U+FFFD is a last resort.
        if (resolved === 4 || !EMOJI_ONLY.test(char)) current += slot === 3 ? "\uFFFD" : char;
        previousSlot = resolved;
        i += char.length;
      }
      if (current !== "") {
        const trailing = current.length - current.trimEnd().length;
        push(current, style, currentSlot, currentLevel, Math.min(spaces, trailing));
      }
    }
    offset += text.length;
  }
  return { pieces, rtl };
}

/** True when every character of `text` is set in the Latin font as it is (no emoji or joiners, nothing uncovered). */
function isAllLatin(text: string, fonts: LoadedFonts): boolean {
  if (ONLY_LATIN_1.test(text)) return true;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const slot = fonts.slotOf(code);
    if ((slot !== 0 && slot !== 2) || isEmojiJoiner(code)) return false;
  }
  return true;
}

/** Cuts a piece wider than `maxWidth` into pieces that fit, between code points. */
function cutPiece(piece: Piece, maxWidth: number, measure: Measure): Piece[] {
  const parts: Piece[] = [];
  let current = "";
  for (const char of piece.text) {
    if (current !== "" && measure(piece.font, piece.style.size, current + char) > maxWidth) {
      const width = measure(piece.font, piece.style.size, current);
      parts.push({ ...piece, text: current, width, trimmedWidth: width, breakAfter: true });
      current = "";
    }
    current += char;
  }
  const width = measure(piece.font, piece.style.size, current);
  const trimmed = current.replace(TRAILING_SPACE, "");
  parts.push({ ...piece, text: current, width, trimmedWidth: trimmed === current ? width : measure(piece.font, piece.style.size, trimmed) });
  return parts;
}

function finishLine(pieces: Piece[], rtl: boolean): Line {
  // The last piece's trailing spaces stay in its text (so PDFKit's per-word layout cache still
  // hits) but no longer count: right-to-left lines are aligned on the trimmed width.
  const last = pieces[pieces.length - 1];
  if (last.width !== last.trimmedWidth) pieces[pieces.length - 1] = { ...last, width: last.trimmedWidth, breakAfter: false };
  let width = 0;
  let size = 0;
  for (const piece of pieces) {
    width += piece.width;
    size = Math.max(size, piece.style.size);
  }
  return { pieces, width, rtl, size };
}

/** Lays out a paragraph into lines no wider than `maxWidth`. An empty paragraph gives no line. */
export function layoutParagraph(runs: readonly StyledRun[], maxWidth: number, fonts: LoadedFonts, measure: Measure): Line[] {
  const { pieces, rtl } = toPieces(runs, fonts, measure);
  const lines: Line[] = [];
  let current: Piece[] = [];
  let width = 0;
  const queue = pieces.some((piece) => piece.trimmedWidth > maxWidth) ? pieces.flatMap((piece) => (piece.trimmedWidth > maxWidth ? cutPiece(piece, maxWidth, measure) : [piece])) : pieces;
  for (const piece of queue) {
    while (current.length > 0 && width + piece.trimmedWidth > maxWidth) {
      let at = current.length - 1;
      while (at >= 0 && !current[at].breakAfter) at--;
      // With no space to break at, the line is cut between pieces (mid-word, at a style change).
      const carried = at >= 0 ? current.slice(at + 1) : [];
      lines.push(finishLine(at >= 0 ? current.slice(0, at + 1) : current, rtl));
      current = carried;
      width = carried.reduce((sum, p) => sum + p.width, 0);
      if (carried.length > 0 && width + piece.trimmedWidth > maxWidth) {
        lines.push(finishLine(current, rtl));
        current = [];
        width = 0;
      }
    }
    current.push(piece);
    width += piece.width;
  }
  if (current.length > 0) lines.push(finishLine(current, rtl));
  return lines;
}
