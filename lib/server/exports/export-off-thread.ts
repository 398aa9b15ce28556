import "server-only";
import { exportArticle, type ExportFormat, type ExportResult } from "@/lib/export/export-article";
import type { ExportInput } from "@/lib/export/export-types";
import { exportFileName } from "@/lib/export/file-name";
import { REPORT_HTML_CONTENT_TYPE, renderReportHtml } from "@/lib/export/report-html";
import { REPORT_PDF_CONTENT_TYPE } from "@/lib/export/report-pdf";
import { reportWordsFor } from "@/lib/export/report-words";
import { ok, type Result } from "@/lib/server/errors";
import { workerFailure, type WorkerFailureWords } from "@/lib/server/workers/worker-failure";
import { reportWorkerPool, runTask } from "@/lib/server/workers/worker-pools";

/** HTML reports of articles shorter than this (characters) are rendered inline: it takes milliseconds. */
export const HTML_REPORT_OFF_THREAD_MIN_CHARS = 64 * 1024;

type OffThreadOptions = {
  /** The client went away: a waiting render is dropped, a running one stopped. */
  signal?: AbortSignal;
  /** The reader's interface language, for the reports' words (default English). */
  locale?: string;
};

const PDF_WORDS: WorkerFailureWords = {
  what: "The PDF report",
  tooLongHint: "Open the HTML report (Export → HTML) and print it to PDF from the browser, or export approved annotations only.",
};
const HTML_WORDS: WorkerFailureWords = { what: "The report", tooLongHint: "Try again when the desk is quieter, or export approved annotations only." };

async function offThread<T>(words: WorkerFailureWords, work: () => Promise<T>): Promise<Result<T>> {
  try {
    return ok(await work());
  } catch (error) {
    const failure = workerFailure(error, words);
    if (failure) return failure;
    throw error;
  }
}

/**
 * The PDF report, rendered on a report worker (FACTDESK_REPORT_WORKERS) so that a huge article's
 * report doesn't stall everyone else's requests: at most FACTDESK_REPORT_TIMEOUT_MS (then 504
 * `timeout` with what to do instead; the worker is replaced), and refused at once with 503 and
 * `Retry-After` while FACTDESK_REPORT_QUEUE reports already wait. Inline when the pool is off.
 */
export async function renderReportPdfOffThread(input: ExportInput, options: OffThreadOptions = {}): Promise<Result<Buffer>> {
  const pool = reportWorkerPool();
  const locale = options.locale ?? "en";
  if (!pool) return ok((await exportArticle("pdf", input, reportWordsFor(locale))).body as Buffer);
  return offThread(PDF_WORDS, async () => {
    const bytes = await runTask(pool, "renderPdf", { input, locale }, { signal: options.signal });
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  });
}

/**
 * The HTML report in the reader's language (`locale`), rendered on a report worker when the
 * article is large (same limits as {@link renderReportPdfOffThread}), inline otherwise.
 */
export async function renderReportHtmlOffThread(input: ExportInput, locale: string, options: Omit<OffThreadOptions, "locale"> = {}): Promise<Result<string>> {
  const pool = input.article.text.length >= HTML_REPORT_OFF_THREAD_MIN_CHARS ? reportWorkerPool() : null;
  if (!pool) return ok(renderReportHtml(input, reportWordsFor(locale)));
  return offThread(HTML_WORDS, () => runTask(pool, "renderHtml", { input, locale }, { signal: options.signal }));
}

/**
 * {@link exportArticle} for request handlers: the PDF and the HTML report of a large article are
 * rendered off the request thread (see above); the other formats inline. Same bytes either way;
 * the reports in `options.locale`'s words.
 */
export async function exportArticleOffThread(format: ExportFormat, input: ExportInput, options: OffThreadOptions = {}): Promise<Result<ExportResult>> {
  const fileName = exportFileName(input.article, format);
  if (format === "pdf") {
    const pdf = await renderReportPdfOffThread(input, options);
    return pdf.ok ? ok({ body: pdf.value, contentType: REPORT_PDF_CONTENT_TYPE, fileName }) : pdf;
  }
  if (format === "html") {
    const html = await renderReportHtmlOffThread(input, options.locale ?? "en", options);
    return html.ok ? ok({ body: html.value, contentType: REPORT_HTML_CONTENT_TYPE, fileName }) : html;
  }
  return ok(await exportArticle(format, input, reportWordsFor(options.locale ?? "en")));
}
