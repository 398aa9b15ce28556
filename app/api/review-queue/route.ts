import { toAnnotationJson } from "@/lib/server/annotations/annotation-dto";
import { apiRoute, errorResponse } from "@/lib/server/http/api-route";
import { listReviewQueue } from "@/lib/server/review/list-review-queue";
import { reviewQueueFilterFromSearchParams, reviewQueueFilterSchema } from "@/lib/validations/review";
import { describeFieldErrors, zodFieldErrors } from "@/lib/validations/zod-errors";

/**
 * GET /api/review-queue?article=&kind=&author=&status= — annotations awaiting review, re-reviews
 * first, then oldest submission first: `{ items: [{ annotation, article, context, submittedAt }], total }`.
 * `kind` and `status` (submitted, needs_rereview) may be repeated or comma-separated.
 */
export const GET = apiRoute({}, async ({ request, actor, requestId }) => {
  const parsed = reviewQueueFilterSchema.safeParse(reviewQueueFilterFromSearchParams(new URL(request.url).searchParams));
  if (!parsed.success) {
    const fieldErrors = zodFieldErrors(parsed.error);
    return errorResponse({ code: "invalid", message: describeFieldErrors(fieldErrors), fieldErrors }, requestId);
  }
  const queue = await listReviewQueue(actor, parsed.data);
  return Response.json(
    { items: queue.items.map((item) => ({ ...item, annotation: toAnnotationJson(item.annotation) })), total: queue.total },
    { headers: { "x-request-id": requestId } },
  );
});
