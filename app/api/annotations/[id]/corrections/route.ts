import { correctClaim } from "@/lib/server/corrections/correct-claim";
import { annotationVersionPrecondition } from "@/lib/server/http/annotation-precondition";
import { annotationResponse } from "@/lib/server/http/annotation-response";
import { apiRoute, errorResponse, readJson } from "@/lib/server/http/api-route";
import { correctClaimSchema } from "@/lib/validations/correction";

/**
 * POST /api/annotations/{id}/corrections `{ verdict?, rationale?, note }` — a reviewer corrects a
 * published claim (never their own); it stays approved and the article's corrections log gets the
 * entry. Needs If-Match (or body version).
 */
export const POST = apiRoute<{ id: string }>({ action: "annotation.correct" }, async ({ request, actor, params, requestId }) => {
  const body = await readJson(request, correctClaimSchema);
  if (!body.ok) return errorResponse(body.error, requestId);
  const precondition = annotationVersionPrecondition(request.headers, body.data.version);
  if (!precondition.ok) return errorResponse(precondition.error, requestId);
  const result = await correctClaim(actor, params.id, { ...body.data, version: precondition.version });
  return result.ok ? annotationResponse(result.value, requestId) : errorResponse(result.error, requestId);
});
