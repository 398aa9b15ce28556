import { deleteAnnotation } from "@/lib/server/annotations/delete-annotation";
import { getAnnotation } from "@/lib/server/annotations/get-annotation";
import { updateAnnotation } from "@/lib/server/annotations/update-annotation";
import { annotationVersionPrecondition } from "@/lib/server/http/annotation-precondition";
import { annotationResponse } from "@/lib/server/http/annotation-response";
import { apiRoute, errorResponse, readJson } from "@/lib/server/http/api-route";
import { deleteAnnotationBodySchema, updateAnnotationSchema } from "@/lib/validations/update-annotation-input";

/** GET /api/annotations/{id} — with an ETag of its version. */
export const GET = apiRoute<{ id: string }>({ action: "article.read" }, async ({ actor, params, requestId }) => {
  const result = await getAnnotation(actor, params.id);
  return result.ok ? annotationResponse(result.value, requestId) : errorResponse(result.error, requestId);
});

/** PATCH /api/annotations/{id} — the author edits content; needs If-Match (or body version). */
export const PATCH = apiRoute<{ id: string }>({ action: "annotation.edit" }, async ({ request, actor, params, requestId }) => {
  const body = await readJson(request, updateAnnotationSchema);
  if (!body.ok) return errorResponse(body.error, requestId);
  const precondition = annotationVersionPrecondition(request.headers, body.data.version);
  if (!precondition.ok) return errorResponse(precondition.error, requestId);
  const result = await updateAnnotation(actor, params.id, { ...body.data, version: precondition.version });
  return result.ok ? annotationResponse(result.value, requestId) : errorResponse(result.error, requestId);
});

/** DELETE /api/annotations/{id} — the author deletes (softly; recorded); needs If-Match (or body version), like every annotation write. */
export const DELETE = apiRoute<{ id: string }>({ action: "annotation.delete" }, async ({ request, actor, params, requestId }) => {
  const body = await readJson(request, deleteAnnotationBodySchema);
  if (!body.ok) return errorResponse(body.error, requestId);
  const precondition = annotationVersionPrecondition(request.headers, body.data.version);
  if (!precondition.ok) return errorResponse(precondition.error, requestId);
  const result = await deleteAnnotation(actor, params.id, precondition.version);
  return result.ok ? new Response(null, { status: 204, headers: { "x-request-id": requestId } }) : errorResponse(result.error, requestId);
});
