import { annotationVersionPrecondition } from "@/lib/server/http/annotation-precondition";
import { annotationResponse } from "@/lib/server/http/annotation-response";
import { apiRoute, errorResponse, readJson } from "@/lib/server/http/api-route";
import { reattachAnnotation } from "@/lib/server/revisions/reattach-annotation";
import { reattachAnnotationBodySchema } from "@/lib/validations/revision";

/**
 * POST /api/annotations/{id}/reattach — `{ start, end, revision? }` with If-Match (or `version` in
 * the body), like every annotation write: places an orphaned (or changed) annotation on a span of
 * the current revision. Its author, editors and admins.
 */
export const POST = apiRoute<{ id: string }>({ action: "annotation.reattach" }, async ({ request, actor, params, requestId }) => {
  const body = await readJson(request, reattachAnnotationBodySchema);
  if (!body.ok) return errorResponse(body.error, requestId);
  const precondition = annotationVersionPrecondition(request.headers, body.data.version);
  if (!precondition.ok) return errorResponse(precondition.error, requestId);
  const result = await reattachAnnotation(actor, params.id, { ...body.data, version: precondition.version });
  return result.ok ? annotationResponse(result.value, requestId) : errorResponse(result.error, requestId);
});
