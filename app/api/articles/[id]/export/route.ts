import type { ExportFormat, ExportResult } from "@/lib/export/export-article";
import type { ExportInput } from "@/lib/export/export-types";
import type { Result } from "@/lib/server/errors";
import { resolveLocale } from "@/lib/i18n/locales";
import { serialiseW3cAnnotationPage, W3C_ANNOTATION_CONTENT_TYPE } from "@/lib/export/w3c-annotation";
import { exportBaseUrl, parseFormat, parsePage, parseScope } from "@/lib/server/exports/export-http";
import { exportArticleOffThread, exportStoredReport } from "@/lib/server/exports/export-off-thread";
import { loadExportInput, resolveExportScope, type ExportOptions } from "@/lib/server/exports/load-export-input";
import { getAppConfig } from "@/lib/config/app-config";
import { apiRoute, errorResponse } from "@/lib/server/http/api-route";
import { exportHeaders, withReportMetaCsp } from "@/lib/server/http/export-headers";

/**
 * GET /api/articles/{id}/export?format=html|pdf|w3c|claimreview|csv&scope=approved|all — the
 * article and its annotations as a download (approved annotations only unless `scope=all`).
 * With `format=w3c&page=N`, page N of the W3C collection (what its `first`/`last`/`next`/`prev`
 * links point to): 404 past the last page, 400 for a malformed page or a page of another format.
 * Every signed-in role may export (they may all read articles): 401 without a session or token,
 * 404 for a missing or deleted article, 400 for an unknown `format` or `scope`. Nothing here is
 * 403: there is no per-article access control to enforce. The HTML and PDF reports are written in
 * the reader's interface language (their setting, else `Accept-Language`). The PDF is rendered on a
 * report worker: 504 `timeout` past FACTDESK_REPORT_TIMEOUT_MS, 503 `unavailable` with
 * `Retry-After` when every report worker is busy and FACTDESK_REPORT_QUEUE reports already wait.
 */
export const GET = apiRoute<{ id: string }>({ action: "article.export", timeLimitMs: exportTimeLimitMs }, async ({ request, actor, params, requestId, signal }) => {
  const query = new URL(request.url).searchParams;
  const format = parseFormat(query);
  if (!format.ok) return errorResponse(format.error, requestId);
  const scope = parseScope(query);
  if (!scope.ok) return errorResponse(scope.error, requestId);
  const page = parsePage(query, format.format);
  if (!page.ok) return errorResponse(page.error, requestId);

  const options: ExportOptions = { includeAll: scope.scope === "all", baseUrl: exportBaseUrl(request) };
  // The reports are worded in the reader's language (their setting, else their browser's).
  const locale = resolveLocale(actor.locale, request.headers.get("accept-language"));
  if (page.page === null && (format.format === "pdf" || format.format === "html")) {
    // The PDF (and a large article's HTML report) is read and rendered by a report worker process
    // from the scope decided here for this actor: nothing of the article's text passes through
    // this thread. 504 past its time limit, 503 with Retry-After while too many reports wait.
    const decided = await resolveExportScope(actor, params.id, options);
    if (!decided.ok) return errorResponse(decided.error, requestId);
    return exportResponse(await exportStoredReport(format.format, decided.value, { signal, locale }), format.format, requestId);
  }
  const input = await loadExportInput(actor, params.id, options);
  if (!input.ok) return errorResponse(input.error, requestId);
  if (page.page !== null) return w3cPageResponse(input.value, page.page, requestId);
  return exportResponse(await exportArticleOffThread(format.format, input.value, { signal, locale }), format.format, requestId);
});

/** The download of an export, or the error that stopped it. */
function exportResponse(exported: Result<ExportResult>, format: ExportFormat, requestId: string): Response {
  if (!exported.ok) return errorResponse(exported.error, requestId);
  const result = exported.value;
  const html = format === "html";
  const body = html ? withReportMetaCsp(result.body as string) : result.body;
  return new Response(typeof body === "string" ? body : new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.byteLength), {
    status: 200,
    headers: exportHeaders({ contentType: result.contentType, fileName: result.fileName, html, requestId }),
  });
}

/**
 * A report may wait for a worker and then render for up to FACTDESK_REPORT_TIMEOUT_MS: the route
 * waits that long on top of the usual request limit (past it, a waiting render is dropped).
 */
function exportTimeLimitMs(): number {
  const config = getAppConfig();
  return config.FACTDESK_REQUEST_TIMEOUT_MS + config.FACTDESK_REPORT_TIMEOUT_MS;
}

/** One page of the W3C collection, as JSON-LD for a client following the collection's links. */
function w3cPageResponse(input: ExportInput, page: number, requestId: string): Response {
  const body = serialiseW3cAnnotationPage(input, page);
  if (body === null) return errorResponse({ code: "not_found", message: `page: the collection has no page ${page}` }, requestId);
  return new Response(body, { status: 200, headers: exportHeaders({ contentType: W3C_ANNOTATION_CONTENT_TYPE, requestId }) });
}
