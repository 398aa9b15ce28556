import { dashboardCsv, dashboardCsvFileName } from "@/lib/dashboard/dashboard-csv";
import { deskToday, getDeskDashboard } from "@/lib/server/dashboard/get-desk-dashboard";
import { apiRoute, errorResponse, resultResponse } from "@/lib/server/http/api-route";
import { parseDashboardQuery } from "@/lib/validations/dashboard";
import { describeFieldErrors } from "@/lib/validations/zod-errors";

/**
 * GET /api/dashboard?from=&to=&format= — the desk dashboard's figures for reviewers and admins:
 * days `from`…`to` (YYYY-MM-DD, inclusive, in the desk's time zone; default the last 30 days), as
 * JSON or, with `format=csv`, as a CSV file.
 */
export const GET = apiRoute({ action: "dashboard.read" }, async ({ request, actor, requestId }) => {
  const search = new URL(request.url).searchParams;
  const query = parseDashboardQuery({ from: search.get("from"), to: search.get("to"), format: search.get("format") }, deskToday());
  if (!query.ok) return errorResponse({ code: "invalid", message: describeFieldErrors(query.fieldErrors), fieldErrors: query.fieldErrors }, requestId);
  const result = await getDeskDashboard(actor, query.value);
  if (!result.ok || query.value.format === "json") return resultResponse(result, requestId, 200, { "cache-control": "no-store" });
  return new Response(dashboardCsv(result.value), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${dashboardCsvFileName(result.value)}"`,
      "cache-control": "no-store",
      "x-request-id": requestId,
    },
  });
});
