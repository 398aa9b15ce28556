import { KIND_COLOURS } from "./kind-colours";
import { hasRtlCharacters, mirrorCharacters, visualOrder } from "./pdf-bidi";
import type { Highlight, Line, Piece, RunStyle } from "./pdf-layout";
import { canEmitText, emitTextRuns, type TextRun } from "./pdf-text-emit";

/** Width of `text`; `whole` lays the string out in one go (right-to-left runs), not word by word. */
export type ExactMeasure = (font: string, size: number, text: string, whole: boolean) => number;

type Group = { pieces: Piece[]; style: RunStyle; font: string; level: number; text: string; whole: boolean; x: number; width: number };
type Band = { x0: number; x1: number; highlight: Highlight };

const MIRRORABLE = /[()[\]{}<>«»‹›]/;

/**
 * Pieces in visual order, merged into groups drawn with one call each. A right-to-left group is
 * passed to the shaper in logical order and laid out whole, so the shaper joins and reverses it;
 * a group whose direction the shaper would guess wrongly is reversed by hand first.
 */
function groupsOf(line: Line, measure: ExactMeasure): Group[] {
  const { pieces } = line;
  const order = pieces.some((piece) => piece.level > 0) ? visualOrder(pieces.map((piece) => piece.level)) : pieces.map((_, i) => i);
  const groups: Group[] = [];
  for (const index of order) {
    const piece = pieces[index];
    const last = groups[groups.length - 1];
    if (last && last.style === piece.style && last.font === piece.font && last.level === piece.level) last.pieces.push(piece);
    else groups.push({ pieces: [piece], style: piece.style, font: piece.font, level: piece.level, text: "", whole: false, x: 0, width: 0 });
  }
  const lineEnd = pieces[pieces.length - 1];
  for (const group of groups) {
    const odd = group.level % 2 === 1;
    const parts = odd ? [...group.pieces].reverse() : group.pieces;
    let text = parts.map((piece) => piece.text).join("");
    // The line's trailing spaces are invisible in left-to-right text but would shift a right-to-left
    // run; a space between two groups (where a highlight starts inside Urdu text) is a word gap and stays.
    if ((odd || line.rtl) && group.pieces.includes(lineEnd)) text = text.replace(/\s+$/, "");
    if (odd && MIRRORABLE.test(text)) text = mirrorCharacters(text);
    const shaperReverses = hasRtlCharacters(text);
    group.text = shaperReverses === odd ? text : Array.from(text).reverse().join("");
    group.whole = shaperReverses;
    group.width = shaperReverses ? measure(group.font, group.style.size, group.text, true) : group.pieces.reduce((sum, piece) => sum + piece.width, 0);
  }
  return groups;
}

function bandsOf(groups: Group[]): Band[] {
  const bands: Band[] = [];
  const open = new Map<number, Band>();
  for (const group of groups) {
    const highlights = group.style.highlights ?? [];
    if (highlights.length === 0 && open.size === 0) continue;
    const here = new Set<number>();
    for (const highlight of highlights) {
      here.add(highlight.entry);
      const band = open.get(highlight.entry);
      if (band && Math.abs(band.x1 - group.x) < 0.01) band.x1 = group.x + group.width;
      else {
        const fresh = { x0: group.x, x1: group.x + group.width, highlight };
        bands.push(fresh);
        open.set(highlight.entry, fresh);
      }
    }
    for (const entry of open.keys()) if (!here.has(entry)) open.delete(entry);
  }
  return bands;
}

/**
 * Draws one line with its baseline at `baseline`: highlight fills (translucent, so overlaps
 * darken), one underline lane per overlapping highlight, the text, then links and destinations.
 * Right-to-left paragraphs are aligned right.
 */
export function drawLine(doc: PDFKit.PDFDocument, line: Line, x: number, baseline: number, width: number, measure: ExactMeasure): void {
  const groups = groupsOf(line, measure);
  const total = groups.reduce((sum, group) => sum + group.width, 0);
  let cursor = line.rtl ? x + width - total : x;
  for (const group of groups) {
    group.x = cursor;
    cursor += group.width;
  }
  const size = line.size;
  const bands = bandsOf(groups);
  if (bands.length > 0) {
    for (const { x0, x1, highlight } of bands) {
      const colour = KIND_COLOURS[highlight.kind];
      doc
        .rect(x0, baseline - size * 0.95, x1 - x0, size * 1.25)
        .fillColor(colour.fill, colour.fillOpacity)
        .fill();
    }
    for (const { x0, x1, highlight } of bands) {
      doc
        .rect(x0, baseline + size * 0.3 + Math.min(highlight.lane, 3) * 1.6, x1 - x0, 0.8)
        .fillColor(KIND_COLOURS[highlight.kind].strong, 1)
        .fill();
    }
    doc.fillOpacity(1);
  }
  const direct = canEmitText(doc);
  const runs: TextRun[] = [];
  for (const group of groups) {
    const { style } = group;
    const y = baseline - (style.rise ?? 0);
    if (direct) runs.push({ font: group.font, size: style.size, color: style.color, x: group.x, baseline: y, text: group.text, whole: group.whole });
    else {
      doc.font(group.font).fontSize(style.size).fillColor(style.color, 1);
      const options = { lineBreak: false, baseline: "alphabetic", textWidth: group.width, ...(group.whole ? { features: [] } : {}) };
      doc.text(group.text, group.x, y, options as PDFKit.Mixins.TextOptions);
    }
    const top = y - style.size;
    if (style.link) doc.link(group.x, top, group.width, style.size * 1.3, style.link);
    if (style.goTo) doc.goTo(group.x, top, group.width, style.size * 1.3, style.goTo);
    if (style.destination) doc.addNamedDestination(style.destination, "XYZ", group.x, top - 6, null);
  }
  emitTextRuns(doc, runs);
}
