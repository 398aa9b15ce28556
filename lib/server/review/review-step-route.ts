import "server-only";
import { REVIEW_POLICY_ACTIONS } from "@/lib/review/apply-review-action";
import { toAnnotationJson } from "@/lib/server/annotations/annotation-dto";
import { apiRoute, errorResponse, readJson } from "@/lib/server/http/api-route";
import { expectedVersion, versionEtag } from "@/lib/server/http/etag";
import { reviewStepBodySchemaFor, type ReviewStep } from "@/lib/validations/review";
import { recordReviewStep } from "./record-review-step";

const PRECONDITION = {
  code: "precondition_required" as const,
  message: 'Send If-Match with the annotation\'s ETag (e.g. If-Match: "v3"), or "version" in the body, so a decision on a stale version can be refused',
};
const BAD_ETAG = { code: "precondition_failed" as const, message: "If-Match does not hold an ETag of this annotation" };

/**
 * The handler of `POST /api/annotations/{id}/<step>`: body `{ reason?, version? }` (a reason is
 * required to reject, request changes and reopen), the version from If-Match or the body
 * (required, like PATCH). Answers with the updated annotation and its new ETag.
 */
export function reviewStepRoute(step: ReviewStep) {
  const schema = reviewStepBodySchemaFor(step);
  return apiRoute<{ id: string }>({ action: REVIEW_POLICY_ACTIONS[step] }, async ({ request, actor, params, requestId }) => {
    const body = await readJson(request, schema);
    if (!body.ok) return errorResponse(body.error, requestId);
    const version = expectedVersion(request.headers, body.data.version);
    if (version === undefined) return errorResponse(PRECONDITION, requestId);
    if (version === null) return errorResponse(BAD_ETAG, requestId);
    const result = await recordReviewStep(actor, params.id, { step, version, reason: body.data.reason });
    if (!result.ok) return errorResponse(result.error, requestId);
    return Response.json(toAnnotationJson(result.value), {
      headers: { "x-request-id": requestId, etag: versionEtag(result.value.version) },
    });
  });
}
