import "server-only";
import { exportArticle, type ExportFormat, type ExportResult } from "@/lib/export/export-article";
import type { ExportInput } from "@/lib/export/export-types";
import { exportFileName } from "@/lib/export/file-name";
import { REPORT_HTML_CONTENT_TYPE, renderReportHtml } from "@/lib/export/report-html";
import { REPORT_PDF_CONTENT_TYPE } from "@/lib/export/report-pdf";
import { reportWordsFor } from "@/lib/export/report-words";
import { ok, type Result } from "@/lib/server/errors";
import { db } from "@/lib/server/db/prisma";
import { readExportInput, type ExportScope } from "@/lib/server/exports/load-export-input";
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
 * {@link exportArticle} for an input already read: the PDF and the HTML report of a large article are
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

/**
 * The PDF report, or the HTML report (`format`), of what `scope` covers (decided by
 * resolveExportScope for the acting user), in `options.locale`'s words. A PDF, and the HTML
 * report of a large article, are read *and* rendered by a report worker process with its own
 * database connection, so the article's megabytes never pass through the request thread (same
 * bytes as {@link exportArticleOffThread}; same time and queue limits, 504 and 503). A small
 * article's HTML report, and every report when the pool is off (FACTDESK_REPORT_WORKERS=0), is
 * read and rendered here. `not_found` when the article was deleted since the scope was decided.
 */
export async function exportStoredReport(format: "pdf" | "html", scope: ExportScope, options: OffThreadOptions = {}): Promise<Result<ExportResult>> {
  const locale = options.locale ?? "en";
  const pool = format === "pdf" || scope.textLength >= HTML_REPORT_OFF_THREAD_MIN_CHARS ? reportWorkerPool() : null;
  if (!pool) {
    const input = await readExportInput(db(), scope);
    if (!input.ok) return input;
    return exportArticleOffThread(format, input.value, options);
  }
  const rendered = await offThread(format === "pdf" ? PDF_WORDS : HTML_WORDS, () => runTask(pool, "renderStoredReport", { scope, format, locale }, { signal: options.signal }));
  if (!rendered.ok) return rendered;
  if (!rendered.value.ok) return rendered.value;
  const { body, fileName } = rendered.value.value;
  return ok({
    body: typeof body === "string" ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength),
    contentType: format === "pdf" ? REPORT_PDF_CONTENT_TYPE : REPORT_HTML_CONTENT_TYPE,
    fileName,
  });
}
