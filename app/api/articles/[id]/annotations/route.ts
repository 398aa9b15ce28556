import { ANNOTATION_KINDS, type AnnotationKind } from "@/lib/domain/annotation-kinds";
import { REVIEW_STATUSES, type ReviewStatus } from "@/lib/domain/review-statuses";
import { toAnnotationJson } from "@/lib/server/annotations/annotation-dto";
import { createAnnotation } from "@/lib/server/annotations/create-annotation";
import { listAnnotations } from "@/lib/server/annotations/list-annotations";
import { apiRoute, errorResponse, readJson, resultResponse } from "@/lib/server/http/api-route";
import { versionEtag } from "@/lib/server/http/etag";
import { parseCreateAnnotationInput } from "@/lib/validations/create-annotation-input";
import { describeFieldErrors } from "@/lib/validations/zod-errors";
import { z } from "zod";

function listFilter<T extends string>(values: string[], allowed: readonly T[]): T[] {
  return values.flatMap((value) => value.split(",")).filter((value): value is T => (allowed as readonly string[]).includes(value));
}

/** GET /api/articles/{id}/annotations?kind=claim&status=submitted — in document order. */
export const GET = apiRoute<{ id: string }>({}, async ({ request, actor, params, requestId }) => {
  const search = new URL(request.url).searchParams;
  const kinds = listFilter<AnnotationKind>(search.getAll("kind"), ANNOTATION_KINDS);
  const statuses = listFilter<ReviewStatus>(search.getAll("status"), REVIEW_STATUSES);
  const result = await listAnnotations(actor, params.id, { kinds, statuses });
  return resultResponse(result.ok ? { ok: true, value: { annotations: result.value.map(toAnnotationJson) } } : result, requestId);
});

/** POST /api/articles/{id}/annotations — kind, fields, note, evidence, and start/end or selector. */
export const POST = apiRoute<{ id: string }>({}, async ({ request, actor, params, requestId }) => {
  const body = await readJson(request, z.unknown());
  if (!body.ok) return errorResponse(body.error, requestId);
  const parsed = parseCreateAnnotationInput(body.data);
  if (!parsed.ok) {
    return errorResponse({ code: "invalid", message: describeFieldErrors(parsed.fieldErrors), fieldErrors: parsed.fieldErrors }, requestId);
  }
  const result = await createAnnotation(actor, params.id, parsed.data);
  if (!result.ok) return errorResponse(result.error, requestId);
  return Response.json(toAnnotationJson(result.value), {
    status: 201,
    headers: { "x-request-id": requestId, etag: versionEtag(result.value.version), location: `/api/annotations/${result.value.id}` },
  });
});
