import type { ExactMeasure } from "./pdf-draw";
import { drawLine } from "./pdf-draw";
import type { LoadedFonts } from "./pdf-fonts";
import { layoutParagraph, type Measure, type StyledRun } from "./pdf-layout";

/** Page geometry in points (A4, 20 mm side margins). */
export const PAGE = { width: 595.28, height: 841.89, left: 56, right: 56, top: 56, bottom: 64 } as const;

/** Options for one paragraph. */
export type ParagraphOptions = {
  /** Left indent in points (right indent for right-to-left paragraphs is the same). */
  indent?: number;
  /** Line height as a multiple of the largest font size on the line. */
  leading?: number;
  /** Space after the paragraph, in points. */
  after?: number;
  /** Keep at least this much room below the first line (so a heading is not left alone at a page end). */
  keepWithNext?: number;
};

/** Writes paragraphs down the pages, adding a page when the next line does not fit. */
export type Flow = {
  readonly doc: PDFKit.PDFDocument;
  y: number;
  paragraph(runs: readonly StyledRun[], options?: ParagraphOptions): void;
  space(points: number): void;
  newPage(): void;
};

/** Measures with a cache of widths at 1 pt per font and string (layout is the costly part). */
export function createMeasures(doc: PDFKit.PDFDocument): { measure: Measure; exact: ExactMeasure } {
  const caches = new Map<string, Map<string, number>>();
  const exact: ExactMeasure = (font, size, text, inOneGo) => {
    const key = inOneGo ? `${font}|whole` : font;
    let cache = caches.get(key);
    if (!cache) caches.set(key, (cache = new Map()));
    let width = cache.get(text);
    if (width === undefined) {
      doc.font(font).fontSize(1);
      width = inOneGo ? doc.widthOfString(text, { features: [] } as PDFKit.Mixins.TextOptions) : doc.widthOfString(text);
      cache.set(text, width);
    }
    return width * size;
  };
  return { measure: (font, size, text) => exact(font, size, text, false), exact };
}

/** A flow on `doc`'s current page, starting at the top margin. */
export function createFlow(doc: PDFKit.PDFDocument, fonts: LoadedFonts): Flow {
  const { measure, exact } = createMeasures(doc);
  const width = PAGE.width - PAGE.left - PAGE.right;
  const limit = PAGE.height - PAGE.bottom;
  const flow: Flow = {
    doc,
    y: PAGE.top,
    newPage() {
      doc.addPage();
      flow.y = PAGE.top;
    },
    space(points) {
      flow.y = Math.min(flow.y + points, limit);
    },
    paragraph(runs, options = {}) {
      const indent = options.indent ?? 0;
      const leading = options.leading ?? 1.45;
      const lines = layoutParagraph(runs, width - indent, fonts, measure);
      lines.forEach((line, i) => {
        const arabic = line.pieces.some((piece) => piece.font.startsWith("arabic"));
        const height = line.size * (arabic ? Math.max(leading, 1.8) : leading);
        const needed = i === 0 ? height + (options.keepWithNext ?? 0) : height;
        if (flow.y + needed > limit && flow.y > PAGE.top) flow.newPage();
        const baseline = flow.y + (height - line.size * 1.3) / 2 + line.size * 0.95;
        drawLine(doc, line, PAGE.left + (line.rtl ? 0 : indent), baseline, width - indent, exact);
        flow.y += height;
      });
      flow.space(options.after ?? 0);
    },
  };
  return flow;
}
