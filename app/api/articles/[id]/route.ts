import { getArticle } from "@/lib/server/articles/get-article";
import { apiRoute, resultResponse } from "@/lib/server/http/api-route";

/** GET /api/articles/{id} — metadata, current revision and its plain `text` (offsets count into it). */
export const GET = apiRoute<{ id: string }>({}, async ({ actor, params, requestId }) => {
  return resultResponse(await getArticle(actor, params.id), requestId);
});
