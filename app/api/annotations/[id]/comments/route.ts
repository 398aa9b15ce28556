import { addComment } from "@/lib/server/comments/add-comment";
import { listComments } from "@/lib/server/comments/list-comments";
import { apiRoute, errorResponse, readJson, resultResponse } from "@/lib/server/http/api-route";
import { pageResponse, readPageRequest } from "@/lib/server/http/paging";
import { commentInputSchema } from "@/lib/validations/review";

/** GET /api/annotations/{id}/comments?limit=&cursor= — a page of the thread, oldest first: `{ comments: CommentDto[], nextCursor }`. */
export const GET = apiRoute<{ id: string }>({ action: "article.read" }, async ({ request, actor, params, requestId }) => {
  const page = readPageRequest(request);
  if (!page.ok) return errorResponse(page.error, requestId);
  const result = await listComments(actor, params.id, page.page);
  if (!result.ok) return errorResponse(result.error, requestId);
  return pageResponse(request, requestId, { comments: result.value.items, nextCursor: result.value.nextCursor }, page.page.limit);
});

/** POST /api/annotations/{id}/comments — `{ body }`; any role may comment. 201 with the comment. */
export const POST = apiRoute<{ id: string }>({ action: "comment.add", idempotent: true }, async ({ request, actor, params, requestId }) => {
  const body = await readJson(request, commentInputSchema);
  if (!body.ok) return errorResponse(body.error, requestId);
  return resultResponse(await addComment(actor, params.id, body.data), requestId, 201);
});
