import { apiRoute, resultResponse } from "@/lib/server/http/api-route";
import { getAnnotationHistory } from "@/lib/server/review/get-annotation-history";

/** GET /api/annotations/{id}/history — audit rows, oldest first, with actor names: `{ history: HistoryEntryDto[] }`. */
export const GET = apiRoute<{ id: string }>({ action: "article.read" }, async ({ actor, params, requestId }) => {
  const result = await getAnnotationHistory(actor, params.id);
  return resultResponse(result.ok ? { ok: true, value: { history: result.value } } : result, requestId);
});
