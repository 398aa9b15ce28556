import type { ExactMeasure } from "./pdf-draw";
import { drawLine } from "./pdf-draw";
import type { LoadedFonts } from "./pdf-fonts";
import { layoutParagraph, type Line, type Measure, type StyledRun } from "./pdf-layout";

/** Page geometry in points (A4, 20 mm side margins). */
export const PAGE = { width: 595.28, height: 841.89, left: 56, right: 56, top: 56, bottom: 64 } as const;

/** Structure type of a paragraph in the tagged PDF: headings by level, or a plain paragraph. */
export type BlockTag = "H1" | "H2" | "H3" | "P";

/** Options for one paragraph. */
export type ParagraphOptions = {
  /** Its role in the document structure (screen readers list headings); `P` unless given. */
  tag?: BlockTag;
  /** Left indent in points (right indent for right-to-left paragraphs is the same). */
  indent?: number;
  /** Line height as a multiple of the largest font size on the line. */
  leading?: number;
  /** Space after the paragraph, in points. */
  after?: number;
  /** Keep at least this much room below the first line (so a heading is not left alone at a page end). */
  keepWithNext?: number;
};

/**
 * Writes paragraphs down the pages, adding a page when the next line does not fit. Each paragraph
 * is one structure element (`H1`…`P`) under the document's `Document` element, so the PDF is
 * tagged: its marked content is continued on the next page when the paragraph breaks across one.
 */
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
  const root = doc.struct("Document");
  doc.addStructure(root);
  const width = PAGE.width - PAGE.left - PAGE.right;
  const limit = PAGE.height - PAGE.bottom;
  const flow: Flow = {
    doc,
    y: PAGE.top,
    newPage() {
      // Unlike addPage, this closes the open marked content and reopens it on the new page.
      doc.continueOnNewPage();
      flow.y = PAGE.top;
    },
    space(points) {
      flow.y = Math.min(flow.y + points, limit);
    },
    paragraph(runs, options = {}) {
      const lines = layoutParagraph(runs, width - (options.indent ?? 0), fonts, measure);
      if (lines.length > 0) {
        // A page break before the first line is taken here, so no paragraph starts with empty marked content.
        if (flow.y + heightOf(lines[0], options) + (options.keepWithNext ?? 0) > limit && flow.y > PAGE.top) flow.newPage();
        root.add(doc.struct(options.tag ?? "P", {}, [() => drawLines(lines, options)]));
      }
      flow.space(options.after ?? 0);
    },
  };
  const heightOf = (line: Line, options: ParagraphOptions) => {
    const leading = options.leading ?? 1.45;
    const arabic = line.pieces.some((piece) => piece.font.startsWith("arabic"));
    return line.size * (arabic ? Math.max(leading, 1.8) : leading);
  };
  const drawLines = (lines: readonly Line[], options: ParagraphOptions) => {
    const indent = options.indent ?? 0;
    for (const line of lines) {
      const height = heightOf(line, options);
      if (flow.y + height > limit && flow.y > PAGE.top) flow.newPage();
      const baseline = flow.y + (height - line.size * 1.3) / 2 + line.size * 0.95;
      drawLine(doc, line, PAGE.left + (line.rtl ? 0 : indent), baseline, width - indent, exact);
      flow.y += height;
    }
  };
  return flow;
}
