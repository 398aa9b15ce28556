import { apiRoute, resultResponse } from "@/lib/server/http/api-route";
import { getReviewProgress } from "@/lib/server/review/get-review-progress";

/** GET /api/articles/{id}/review-progress — `{ articleId, counts, total, open, complete, state }`. */
export const GET = apiRoute<{ id: string }>({ action: "article.read" }, async ({ actor, params, requestId }) => {
  return resultResponse(await getReviewProgress(actor, params.id), requestId);
});
