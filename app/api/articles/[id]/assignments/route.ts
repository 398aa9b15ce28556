import { setArticleAssignments } from "@/lib/server/assignments/set-article-assignments";
import { apiRoute, errorResponse, readJson, resultResponse } from "@/lib/server/http/api-route";
import { setAssignmentsSchema } from "@/lib/validations/assignment";

/**
 * PUT /api/articles/{id}/assignments — `{ assignees: [{ userId, role: annotate|review }], dueAt?, deskStatus? }`:
 * replaces who is assigned, and sets the due date and desk status if given. Answers with the article's metadata.
 */
export const PUT = apiRoute<{ id: string }>({ action: "article.assign" }, async ({ request, actor, params, requestId }) => {
  const body = await readJson(request, setAssignmentsSchema);
  if (!body.ok) return errorResponse(body.error, requestId);
  return resultResponse(await setArticleAssignments(actor, params.id, body.data), requestId);
});
