import { exportArticle } from "@/lib/export/export-article";
import { exportBaseUrl, parseFormat, parseScope } from "@/lib/server/exports/export-http";
import { loadExportInput } from "@/lib/server/exports/load-export-input";
import { apiRoute, errorResponse } from "@/lib/server/http/api-route";
import { exportHeaders, withReportMetaCsp } from "@/lib/server/http/export-headers";

/**
 * GET /api/articles/{id}/export?format=html|pdf|w3c|claimreview|csv&scope=approved|all — the
 * article and its annotations as a download (approved annotations only unless `scope=all`).
 * Every signed-in role may export (they may all read articles): 401 without a session or token,
 * 404 for a missing or deleted article, 400 for an unknown `format` or `scope`. Nothing here is
 * 403: there is no per-article access control to enforce.
 */
export const GET = apiRoute<{ id: string }>({}, async ({ request, actor, params, requestId }) => {
  const query = new URL(request.url).searchParams;
  const format = parseFormat(query);
  if (!format.ok) return errorResponse(format.error, requestId);
  const scope = parseScope(query);
  if (!scope.ok) return errorResponse(scope.error, requestId);

  const input = await loadExportInput(actor, params.id, { includeAll: scope.scope === "all", baseUrl: exportBaseUrl(request) });
  if (!input.ok) return errorResponse(input.error, requestId);

  const result = await exportArticle(format.format, input.value);
  const html = format.format === "html";
  const body = html ? withReportMetaCsp(result.body as string) : result.body;
  return new Response(typeof body === "string" ? body : new Uint8Array(body), {
    status: 200,
    headers: exportHeaders({ contentType: result.contentType, fileName: result.fileName, html, requestId }),
  });
});
