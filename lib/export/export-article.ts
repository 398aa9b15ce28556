import { CLAIM_REVIEW_CONTENT_TYPE, serialiseClaimReview } from "./claim-review";
import { CSV_CONTENT_TYPE, serialiseCsv } from "./csv";
import type { ExportFormat } from "./export-formats";
import type { ExportInput } from "./export-types";
import { exportFileName } from "./file-name";
import { REPORT_HTML_CONTENT_TYPE, renderReportHtml } from "./report-html";
import { REPORT_PDF_CONTENT_TYPE, renderReportPdf } from "./report-pdf";
import { ENGLISH_REPORT, type ReportWords } from "./report-words";
import { serialiseW3cAnnotations, W3C_ANNOTATION_CONTENT_TYPE } from "./w3c-annotation";

export { EXPORT_FORMATS, isExportFormat, type ExportFormat } from "./export-formats";

/** What a route handler sends: the body, its media type and a download file name. */
export type ExportResult = { body: string | Buffer; contentType: string; fileName: string };

/**
 * Serialises `input` in `format`; the reports (HTML, PDF) are worded in `words`' language (the
 * machine-readable formats have none). Only the PDF is asynchronous, but every format returns a promise.
 */
export async function exportArticle(format: ExportFormat, input: ExportInput, words: ReportWords = ENGLISH_REPORT): Promise<ExportResult> {
  const fileName = exportFileName(input.article, format);
  switch (format) {
    case "html":
      return { body: renderReportHtml(input, words), contentType: REPORT_HTML_CONTENT_TYPE, fileName };
    case "pdf":
      return { body: await renderReportPdf(input, { words }), contentType: REPORT_PDF_CONTENT_TYPE, fileName };
    case "w3c":
      return { body: serialiseW3cAnnotations(input), contentType: W3C_ANNOTATION_CONTENT_TYPE, fileName };
    case "claimreview":
      return { body: serialiseClaimReview(input), contentType: CLAIM_REVIEW_CONTENT_TYPE, fileName };
    case "csv":
      return { body: serialiseCsv(input), contentType: CSV_CONTENT_TYPE, fileName };
    default:
      throw new Error(`Unknown export format: ${String(format satisfies never)}`);
  }
}
