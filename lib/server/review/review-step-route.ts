import "server-only";
import { REVIEW_POLICY_ACTIONS } from "@/lib/review/apply-review-action";
import { apiRoute, errorResponse, readJson } from "@/lib/server/http/api-route";
import { annotationVersionPrecondition } from "@/lib/server/http/annotation-precondition";
import { annotationResponse } from "@/lib/server/http/annotation-response";
import { reviewStepBodySchemaFor, type ReviewStep } from "@/lib/validations/review";
import { recordReviewStep } from "./record-review-step";

/**
 * The handler of `POST /api/annotations/{id}/<step>`: body `{ reason?, version? }` (a reason is
 * required to reject, request changes and reopen), the version from If-Match or the body
 * (required, like PATCH). Answers with the updated annotation and its new ETag.
 */
export function reviewStepRoute(step: ReviewStep) {
  const schema = reviewStepBodySchemaFor(step);
  return apiRoute<{ id: string }>({ action: REVIEW_POLICY_ACTIONS[step], idempotent: true }, async ({ request, actor, params, requestId }) => {
    const body = await readJson(request, schema);
    if (!body.ok) return errorResponse(body.error, requestId);
    const precondition = annotationVersionPrecondition(request.headers, body.data.version);
    if (!precondition.ok) return errorResponse(precondition.error, requestId);
    const result = await recordReviewStep(actor, params.id, { step, version: precondition.version, reason: body.data.reason });
    return result.ok ? annotationResponse(result.value, requestId) : errorResponse(result.error, requestId);
  });
}
