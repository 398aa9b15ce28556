import { toAnnotationJson } from "@/lib/server/annotations/annotation-dto";
import { deleteAnnotation } from "@/lib/server/annotations/delete-annotation";
import { getAnnotation } from "@/lib/server/annotations/get-annotation";
import { updateAnnotation } from "@/lib/server/annotations/update-annotation";
import { apiRoute, errorResponse, readJson } from "@/lib/server/http/api-route";
import { expectedVersion, versionEtag } from "@/lib/server/http/etag";
import { updateAnnotationSchema } from "@/lib/validations/update-annotation-input";

const PRECONDITION = {
  code: "precondition_required" as const,
  message: 'Send If-Match with the annotation\'s ETag (e.g. If-Match: "v3"), or "version" in the body, so a stale edit can be refused',
};
const BAD_ETAG = { code: "precondition_failed" as const, message: "If-Match does not hold an ETag of this annotation" };

function annotationResponse(dto: Parameters<typeof toAnnotationJson>[0], requestId: string, status = 200) {
  return Response.json(toAnnotationJson(dto), { status, headers: { "x-request-id": requestId, etag: versionEtag(dto.version) } });
}

/** GET /api/annotations/{id} — with an ETag of its version. */
export const GET = apiRoute<{ id: string }>({ action: "article.read" }, async ({ actor, params, requestId }) => {
  const result = await getAnnotation(actor, params.id);
  return result.ok ? annotationResponse(result.value, requestId) : errorResponse(result.error, requestId);
});

/** PATCH /api/annotations/{id} — the author edits content; needs If-Match (or body version). */
export const PATCH = apiRoute<{ id: string }>({ action: "annotation.edit" }, async ({ request, actor, params, requestId }) => {
  const body = await readJson(request, updateAnnotationSchema);
  if (!body.ok) return errorResponse(body.error, requestId);
  const version = expectedVersion(request.headers, body.data.version);
  if (version === undefined) return errorResponse(PRECONDITION, requestId);
  if (version === null) return errorResponse(BAD_ETAG, requestId);
  const result = await updateAnnotation(actor, params.id, { ...body.data, version });
  return result.ok ? annotationResponse(result.value, requestId) : errorResponse(result.error, requestId);
});

/** DELETE /api/annotations/{id} — the author deletes (softly; recorded). If-Match is honoured. */
export const DELETE = apiRoute<{ id: string }>({ action: "annotation.delete" }, async ({ request, actor, params, requestId }) => {
  const version = expectedVersion(request.headers);
  if (version === null) return errorResponse(BAD_ETAG, requestId);
  const result = await deleteAnnotation(actor, params.id, version);
  return result.ok ? new Response(null, { status: 204, headers: { "x-request-id": requestId } }) : errorResponse(result.error, requestId);
});
