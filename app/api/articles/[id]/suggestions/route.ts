import { apiRoute, errorResponse } from "@/lib/server/http/api-route";
import { listSuggestions } from "@/lib/server/suggestions/list-suggestions";

/** GET /api/articles/{id}/suggestions — `{ revision, suggestions: [{ kind, start, end, exact, fields, reason, confidence }] }`, code points into the current revision's text. */
export const GET = apiRoute<{ id: string }>({ action: "article.read" }, async ({ actor, params, requestId }) => {
  const result = await listSuggestions(actor, params.id);
  if (!result.ok) return errorResponse(result.error, requestId);
  return Response.json({ revision: result.value.revision, suggestions: result.value.suggestions }, { headers: { "x-request-id": requestId, "cache-control": "no-store" } });
});
