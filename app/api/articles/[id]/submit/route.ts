import { toAnnotationJson } from "@/lib/server/http/annotation-response";
import { apiRoute, errorResponse } from "@/lib/server/http/api-route";
import { submitArticleDrafts } from "@/lib/server/review/submit-article-drafts";

/** POST /api/articles/{id}/submit — submits all the caller's drafts on the article: `{ submitted, annotations }`. */
export const POST = apiRoute<{ id: string }>({ action: "annotation.submit", idempotent: true }, async ({ actor, params, requestId }) => {
  const result = await submitArticleDrafts(actor, params.id);
  if (!result.ok) return errorResponse(result.error, requestId);
  return Response.json({ submitted: result.value.submitted, annotations: result.value.annotations.map(toAnnotationJson) }, { headers: { "x-request-id": requestId } });
});
