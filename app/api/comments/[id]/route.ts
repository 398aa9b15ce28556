import { editComment } from "@/lib/server/comments/edit-comment";
import { apiRoute, errorResponse, readJson, resultResponse } from "@/lib/server/http/api-route";
import { commentInputSchema } from "@/lib/validations/review";

/**
 * PATCH /api/comments/{id} — `{ body }`. Only the comment's author may edit it; anyone else gets
 * 403 with the reason (comments are visible to everyone, so 404 would hide nothing).
 */
export const PATCH = apiRoute<{ id: string }>({ action: "comment.edit" }, async ({ request, actor, params, requestId }) => {
  const body = await readJson(request, commentInputSchema);
  if (!body.ok) return errorResponse(body.error, requestId);
  return resultResponse(await editComment(actor, params.id, body.data), requestId);
});
