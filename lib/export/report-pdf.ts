import PDFDocument from "pdfkit";
import { segmentArticle } from "./article-segments";
import { batchPdfOutput } from "./pdf-batched-output";
import type { ExportInput } from "./export-types";
import { installFastLatinLayout } from "./pdf-fast-latin";
import { fontName, loadFonts, registerFonts, type LoadedFonts, type PdfFontFiles } from "./pdf-fonts";
import { createFlow, createMeasures, PAGE } from "./pdf-flow";
import { drawLine } from "./pdf-draw";
import { layoutParagraph } from "./pdf-layout";
import { STYLES, writeArticle, writeEndnotes, writeHeaderAndSummary } from "./report-pdf-sections";
import { summariseReport } from "./report-summary";
import { ENGLISH_REPORT, type ReportWords } from "./report-words";
import { selectAnnotations } from "./select-annotations";

/** Media type of the PDF report. */
export const REPORT_PDF_CONTENT_TYPE = "application/pdf";

const LATIN_FONTS = [fontName("regular", 0), fontName("bold", 0), fontName("italic", 0)];

/** Options for `renderReportPdf`. */
export type ReportPdfOptions = {
  /** Font files to embed instead of the npm packages' (see pdf-fonts.ts). */
  fonts?: PdfFontFiles;
  /** The language of its headings and labels (the reader's; English unless given). */
  words?: ReportWords;
};

/** "Page n of m" at the foot of every page, with the article title on the left. */
function writeFooters(doc: PDFKit.PDFDocument, fonts: LoadedFonts, title: string, words: ReportWords): void {
  const { measure, exact } = createMeasures(doc);
  const range = doc.bufferedPageRange();
  const width = PAGE.width - PAGE.left - PAGE.right;
  const baseline = PAGE.height - PAGE.bottom / 2;
  const [titleLine] = layoutParagraph([{ text: title, style: STYLES.muted }], width * 0.7, fonts, measure);
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    // Writing below the bottom margin would otherwise make PDFKit add a page.
    doc.page.margins.bottom = 0;
    // Running footers are pagination artifacts: screen readers skip them.
    doc.markContent("Artifact", { type: "Pagination" });
    if (titleLine) drawLine(doc, { ...titleLine, rtl: false }, PAGE.left, baseline, width, exact);
    const label = words.page(i + 1, range.count);
    const [line] = layoutParagraph([{ text: label, style: STYLES.muted }], width, fonts, measure);
    drawLine(doc, line, PAGE.left + width - line.width, baseline, line.width, exact);
    doc.endMarkedContent();
  }
}

/**
 * The annotated report as a PDF (PDFKit, no browser): title and metadata, the summary, the
 * article text with each included annotation highlighted in its kind's colour and numbered, then
 * the endnotes, with "Page n of m" on every page. Text is real text (searchable, copyable), set in
 * embedded Noto Sans / Noto Naskh Arabic with per-run fallback; markers link to their endnotes
 * and back (named destinations `annotation-<id>` and `marker-<id>`). Claims carry their verdict
 * beside the highlight ("[False]"); emoji are set in Noto Emoji, scripts no font covers are named
 * ("[CJK text]"). The PDF is tagged, with the document language, for screen readers.
 */
export function renderReportPdf(input: ExportInput, options: ReportPdfOptions = {}): Promise<Buffer> {
  const fonts = loadFonts(options.fonts);
  const words = options.words ?? ENGLISH_REPORT;
  const { article, context } = input;
  const generated = new Date(context.generatedAt);
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right },
    bufferPages: true,
    displayTitle: true,
    // Tagged (structure tree of headings and paragraphs, footers as artifacts) for screen readers.
    tagged: true,
    lang: words.lang,
    info: {
      Title: article.title,
      Author: context.organisation.name,
      Subject: words.subject(article.revision.number, article.title),
      Keywords: "fact-check, annotations, Factdesk",
      Creator: "Factdesk",
      ...(Number.isNaN(generated.getTime()) ? {} : { CreationDate: generated }),
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  batchPdfOutput(doc);
  registerFonts(doc, fonts);
  installFastLatinLayout(doc, LATIN_FONTS);

  const numbered = selectAnnotations(input);
  const summary = summariseReport(input, numbered, words);
  const flow = createFlow(doc, fonts);
  writeHeaderAndSummary(flow, input, summary, words);
  writeArticle(flow, segmentArticle(article.text, numbered), numbered, words);
  if (numbered.length > 0) flow.newPage();
  else flow.space(14);
  writeEndnotes(flow, numbered, article.revision.number, context.includeAll, summary.emptyMessage, words);
  writeFooters(doc, fonts, article.title, words);
  doc.end();
  return done;
}
