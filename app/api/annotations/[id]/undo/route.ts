import { annotationVersionPrecondition } from "@/lib/server/http/annotation-precondition";
import { annotationResponse } from "@/lib/server/http/annotation-response";
import { apiRoute, errorResponse, readJson } from "@/lib/server/http/api-route";
import { undoReviewDecision } from "@/lib/server/review/undo-review-decision";
import { undoDecisionBodySchema } from "@/lib/validations/review";

/**
 * POST /api/annotations/{id}/undo — `{ decisionId }` with If-Match (or `version` in the body): the
 * reviewer takes back their own approval, rejection or send-back within `FACTDESK_UNDO_SECONDS`,
 * while it is still the annotation's latest step; else 409 saying why.
 */
export const POST = apiRoute<{ id: string }>({ action: "annotation.decide" }, async ({ request, actor, params, requestId }) => {
  const body = await readJson(request, undoDecisionBodySchema);
  if (!body.ok) return errorResponse(body.error, requestId);
  const precondition = annotationVersionPrecondition(request.headers, body.data.version);
  if (!precondition.ok) return errorResponse(precondition.error, requestId);
  const result = await undoReviewDecision(actor, params.id, { decisionId: body.data.decisionId, version: precondition.version });
  return result.ok ? annotationResponse(result.value, requestId) : errorResponse(result.error, requestId);
});
