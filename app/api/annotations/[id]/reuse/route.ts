import { reuseClaimVerdict } from "@/lib/server/claims/reuse-claim-verdict";
import { annotationVersionPrecondition } from "@/lib/server/http/annotation-precondition";
import { annotationResponse } from "@/lib/server/http/annotation-response";
import { apiRoute, errorResponse, readJson } from "@/lib/server/http/api-route";
import { reuseClaimSchema } from "@/lib/validations/claim-match";

/**
 * POST /api/annotations/{id}/reuse `{ sourceId }` — the author copies a decided claim's verdict,
 * rationale and evidence into their claim (recorded as `reusedFrom`); needs If-Match (or body version).
 */
export const POST = apiRoute<{ id: string }>({ action: "annotation.edit" }, async ({ request, actor, params, requestId }) => {
  const body = await readJson(request, reuseClaimSchema);
  if (!body.ok) return errorResponse(body.error, requestId);
  const precondition = annotationVersionPrecondition(request.headers, body.data.version);
  if (!precondition.ok) return errorResponse(precondition.error, requestId);
  const result = await reuseClaimVerdict(actor, params.id, body.data.sourceId, precondition.version);
  return result.ok ? annotationResponse(result.value, requestId) : errorResponse(result.error, requestId);
});
