import { listCorrections } from "@/lib/server/corrections/list-corrections";
import { apiRoute, errorResponse } from "@/lib/server/http/api-route";

/** GET /api/articles/{id}/corrections — the article's public corrections log, newest first: `{ corrections }`. */
export const GET = apiRoute<{ id: string }>({ action: "article.read" }, async ({ actor, params, requestId }) => {
  const result = await listCorrections(actor, params.id);
  if (!result.ok) return errorResponse(result.error, requestId);
  return Response.json({ corrections: result.value }, { headers: { "x-request-id": requestId } });
});
