import { fastLatinOf } from "./pdf-fast-latin";

/**
 * Writes a line's text runs into the page content in one piece. `doc.text()` costs ~10 µs and
 * about eight small content buffers per call (save, flip, BT, Tm, Tf, TJ, ET, restore), which for a
 * thousand-page report means a million live buffers until the end (pages are buffered for "Page n
 * of m"). This emits the same operators PDFKit's `_fragment` writes, for all runs of a line in one
 * string. It relies on PDFKit internals (the current font's `id`, `ref()` and `encode()`, the
 * page's font resources); `canEmitText` tells whether they are there, otherwise callers use `doc.text`.
 */

/** One run to draw: font (registered name), size, colour (`#rrggbb`), left end of the baseline, text. */
export type TextRun = { font: string; size: number; color: string; x: number; baseline: number; text: string; whole: boolean };

type Position = { xAdvance: number; xOffset: number; yOffset: number; advanceWidth: number };
type FontInternals = { id: string; ref(): unknown; encode(text: string, features?: unknown): [string[], Position[]] };
type DocInternals = { _font?: Partial<FontInternals>; page?: { fonts?: Record<string, unknown>; height?: number } };

/** Coordinates to 1/100 pt, kerning to 1/100 of a thousandth of an em: far below what a printer shows. */
const number = (value: number) => String(Math.round(value * 100) / 100);

const rgbCache = new Map<string, string>();

/** `#rrggbb` as the three 0…1 operands of `rg` (black when malformed). */
function rgb(color: string): string {
  let operands = rgbCache.get(color);
  if (operands === undefined) {
    const hex = /^#([0-9a-f]{6})$/i.exec(color)?.[1] ?? "000000";
    operands = [0, 2, 4].map((at) => String(Math.round((Number.parseInt(hex.slice(at, at + 2), 16) / 255) * 1000) / 1000)).join(" ");
    rgbCache.set(color, operands);
  }
  return operands;
}

/** True when the PDFKit internals this module needs are present (checked on the current font). */
export function canEmitText(doc: PDFKit.PDFDocument): boolean {
  const internals = doc as unknown as DocInternals;
  const font = internals._font;
  return typeof font?.encode === "function" && typeof font.ref === "function" && typeof font.id === "string" && !!internals.page?.fonts && typeof internals.page.height === "number";
}

type ShowState = { encoded: string[]; positions: Position[]; commands: string[]; last: number; out: string[] };

/** Queues glyphs `last … upTo-1` as one TJ segment, followed by the kerning after the last of them. */
function segment(state: ShowState, upTo: number): void {
  if (state.last < upTo) {
    const position = state.positions[upTo - 1];
    state.commands.push(`<${state.encoded.slice(state.last, upTo).join("")}> ${number(position.advanceWidth - position.xAdvance)}`);
  }
  state.last = upTo;
}

function flush(state: ShowState, upTo: number): void {
  segment(state, upTo);
  if (state.commands.length > 0) {
    state.out.push(`[${state.commands.join(" ")}] TJ`);
    state.commands.length = 0;
  }
}

/** The operators PDFKit's `_fragment` writes for one run (same TJ segmentation and mark offsets). */
function showText(out: string[], font: FontInternals, size: number, x: number, y: number, text: string, whole: boolean): void {
  const [encoded, positions] = font.encode(text, whole ? [] : undefined);
  const scale = size / 1000;
  const state: ShowState = { encoded, positions, commands: [], last: 0, out };
  out.push(`1 0 0 1 ${number(x)} ${number(y)} Tm`);
  let hadOffset = false;
  let cursor = x;
  for (let i = 0; i < positions.length; i++) {
    const position = positions[i];
    if (position.xOffset || position.yOffset) {
      flush(state, i);
      out.push(`1 0 0 1 ${number(cursor + position.xOffset * scale)} ${number(y + position.yOffset * scale)} Tm`);
      flush(state, i + 1);
      hadOffset = true;
    } else {
      if (hadOffset) {
        out.push(`1 0 0 1 ${number(cursor)} ${number(y)} Tm`);
        hadOffset = false;
      }
      if (position.xAdvance !== position.advanceWidth) segment(state, i + 1);
    }
    cursor += position.xAdvance * scale;
  }
  flush(state, positions.length);
}

/** PDFKit font objects by registered name, per document (looking them up through `doc.font` costs). */
const fontsByDocument = new WeakMap<PDFKit.PDFDocument, Map<string, FontInternals>>();

/** Writes `runs` as one text object (inside q/Q, so the graphics state PDFKit tracks is unchanged). */
export function emitTextRuns(doc: PDFKit.PDFDocument, runs: readonly TextRun[]): void {
  if (runs.length === 0) return;
  const internals = doc as unknown as DocInternals & { page: { fonts: Record<string, unknown>; height: number } };
  let fontCache = fontsByDocument.get(doc);
  if (!fontCache) fontsByDocument.set(doc, (fontCache = new Map()));
  const height = internals.page.height;
  const out: string[] = [`q 1 0 0 -1 0 ${number(height)} cm BT`];
  let colour = "";
  let typeface = "";
  for (const run of runs) {
    let font = fontCache.get(run.font);
    if (!font) {
      doc.font(run.font);
      fontCache.set(run.font, (font = internals._font as FontInternals));
    }
    if (internals.page.fonts[font.id] == null) internals.page.fonts[font.id] = font.ref();
    if (run.color !== colour) {
      colour = run.color;
      out.push(`${rgb(colour)} rg`);
    }
    if (`${font.id} ${run.size}` !== typeface) {
      typeface = `${font.id} ${run.size}`;
      out.push(`/${font.id} ${number(run.size)} Tf`);
    }
    const operand = run.whole ? null : fastLatinOf(font)?.showOperand(run.text);
    if (operand) out.push(`1 0 0 1 ${number(run.x)} ${number(height - run.baseline)} Tm [${operand}] TJ`);
    else showText(out, font, run.size, run.x, height - run.baseline, run.text, run.whole);
  }
  out.push("ET Q");
  doc.addContent(out.join("\n"));
}
