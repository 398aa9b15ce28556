import { ANNOTATION_KINDS, type AnnotationKind } from "@/lib/domain/annotation-kinds";
import { REVIEW_STATUSES, type ReviewStatus } from "@/lib/domain/review-statuses";
import { createAnnotation } from "@/lib/server/annotations/create-annotation";
import { listAnnotationPage } from "@/lib/server/annotations/list-annotations";
import { annotationResponse, toAnnotationJson } from "@/lib/server/http/annotation-response";
import { apiRoute, errorResponse, readJson } from "@/lib/server/http/api-route";
import { pageResponse, readPageRequest } from "@/lib/server/http/paging";
import { parseCreateAnnotationInput } from "@/lib/validations/create-annotation-input";
import { describeFieldErrors } from "@/lib/validations/zod-errors";
import { z } from "zod";

function listFilter<T extends string>(values: string[], allowed: readonly T[]): T[] {
  return values.flatMap((value) => value.split(",")).filter((value): value is T => (allowed as readonly string[]).includes(value));
}

/**
 * GET /api/articles/{id}/annotations?kind=claim&status=submitted&limit=&cursor= — a page in document
 * order: `{ annotations, nextCursor, revision }` (the article revision the page was read at; a
 * cursor from before a newer revision is 409).
 */
export const GET = apiRoute<{ id: string }>({ action: "article.read" }, async ({ request, actor, params, requestId }) => {
  const search = new URL(request.url).searchParams;
  const kinds = listFilter<AnnotationKind>(search.getAll("kind"), ANNOTATION_KINDS);
  const statuses = listFilter<ReviewStatus>(search.getAll("status"), REVIEW_STATUSES);
  const page = readPageRequest(request);
  if (!page.ok) return errorResponse(page.error, requestId);
  const result = await listAnnotationPage(actor, params.id, { kinds, statuses }, page.page);
  if (!result.ok) return errorResponse(result.error, requestId);
  const body = { annotations: result.value.items.map(toAnnotationJson), nextCursor: result.value.nextCursor, revision: result.value.revision };
  return pageResponse(request, requestId, body, page.page.limit);
});

/** POST /api/articles/{id}/annotations — kind, fields, note, evidence, and start/end or selector. */
export const POST = apiRoute<{ id: string }>({ action: "annotation.create", idempotent: true }, async ({ request, actor, params, requestId }) => {
  const body = await readJson(request, z.unknown());
  if (!body.ok) return errorResponse(body.error, requestId);
  const parsed = parseCreateAnnotationInput(body.data);
  if (!parsed.ok) {
    return errorResponse({ code: "invalid", message: describeFieldErrors(parsed.fieldErrors), fieldErrors: parsed.fieldErrors }, requestId);
  }
  const result = await createAnnotation(actor, params.id, parsed.data);
  if (!result.ok) return errorResponse(result.error, requestId);
  return annotationResponse(result.value, requestId, { status: 201, headers: { location: `/api/annotations/${result.value.id}` } });
});
