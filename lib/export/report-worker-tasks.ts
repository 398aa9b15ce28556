import type { ExportInput } from "./export-types";
import { renderReportHtml } from "./report-html";
import { renderReportPdf } from "./report-pdf";
import { reportWordsFor } from "./report-words";

/**
 * What the report workers do off the request thread (lib/server/exports/report-process.ts runs
 * them, with stored-report-tasks.ts): render the PDF report, and the HTML report of a large
 * article. The PDF comes back as bytes.
 */
export const reportWorkerTasks = {
  /** `locale`: the reader's interface language (the words hold functions, which can't cross threads). */
  renderPdf: async (request: { input: ExportInput; locale: string }): Promise<Uint8Array> => {
    const pdf = await renderReportPdf(request.input, { words: reportWordsFor(request.locale) });
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  },
  /** `locale`: the reader's interface language (the words hold functions, which can't cross threads). */
  renderHtml: (request: { input: ExportInput; locale: string }): string => renderReportHtml(request.input, reportWordsFor(request.locale)),
};

export type ReportWorkerTasks = typeof reportWorkerTasks;
