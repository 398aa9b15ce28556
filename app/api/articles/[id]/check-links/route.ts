import { checkArticleLinks } from "@/lib/server/evidence/check-article-links";
import { apiRoute, resultResponse } from "@/lib/server/http/api-route";

/** POST /api/articles/{id}/check-links — re-fetches every evidence link in the background; `202 { articleId, checking }`. */
export const POST = apiRoute<{ id: string }>({ action: "evidence.archive" }, async ({ actor, params, requestId }) => {
  return resultResponse(await checkArticleLinks(actor, params.id), requestId, 202);
});
