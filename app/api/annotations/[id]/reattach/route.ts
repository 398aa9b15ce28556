import { toAnnotationJson } from "@/lib/server/annotations/annotation-dto";
import { apiRoute, errorResponse, readJson } from "@/lib/server/http/api-route";
import { versionEtag } from "@/lib/server/http/etag";
import { reattachAnnotation } from "@/lib/server/revisions/reattach-annotation";
import { reattachAnnotationSchema } from "@/lib/validations/revision";

/**
 * POST /api/annotations/{id}/reattach — `{ start, end, version, revision? }`: places an orphaned
 * (or changed) annotation on a span of the current revision. Its author, editors and admins.
 */
export const POST = apiRoute<{ id: string }>({ action: "annotation.reattach" }, async ({ request, actor, params, requestId }) => {
  const body = await readJson(request, reattachAnnotationSchema);
  if (!body.ok) return errorResponse(body.error, requestId);
  const result = await reattachAnnotation(actor, params.id, body.data);
  if (!result.ok) return errorResponse(result.error, requestId);
  return Response.json(toAnnotationJson(result.value), { headers: { "x-request-id": requestId, etag: versionEtag(result.value.version) } });
});
