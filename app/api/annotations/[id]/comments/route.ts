import { addComment } from "@/lib/server/comments/add-comment";
import { listComments } from "@/lib/server/comments/list-comments";
import { apiRoute, errorResponse, readJson, resultResponse } from "@/lib/server/http/api-route";
import { commentInputSchema } from "@/lib/validations/review";

/** GET /api/annotations/{id}/comments — the thread, oldest first: `{ comments: CommentDto[] }`. */
export const GET = apiRoute<{ id: string }>({}, async ({ actor, params, requestId }) => {
  const result = await listComments(actor, params.id);
  return resultResponse(result.ok ? { ok: true, value: { comments: result.value } } : result, requestId);
});

/** POST /api/annotations/{id}/comments — `{ body }`; any role may comment. 201 with the comment. */
export const POST = apiRoute<{ id: string }>({}, async ({ request, actor, params, requestId }) => {
  const body = await readJson(request, commentInputSchema);
  if (!body.ok) return errorResponse(body.error, requestId);
  return resultResponse(await addComment(actor, params.id, body.data), requestId, 201);
});
