import { apiRoute, errorResponse } from "@/lib/server/http/api-route";
import { pageResponse, readPageRequest } from "@/lib/server/http/paging";
import { listRevisions } from "@/lib/server/revisions/list-revisions";

/**
 * GET /api/articles/{id}/revisions?limit=&cursor= — a page of revisions, newest first: number, author,
 * source, re-anchoring summary, word count; `{ articleId, title, currentRevision, revisions, nextCursor }`.
 */
export const GET = apiRoute<{ id: string }>({ action: "article.read" }, async ({ request, actor, params, requestId }) => {
  const page = readPageRequest(request);
  if (!page.ok) return errorResponse(page.error, requestId);
  const result = await listRevisions(actor, params.id, page.page);
  if (!result.ok) return errorResponse(result.error, requestId);
  return pageResponse(request, requestId, result.value, page.page.limit);
});
