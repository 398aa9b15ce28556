import { toAnnotationJson } from "@/lib/server/http/annotation-response";
import { apiRoute, errorResponse } from "@/lib/server/http/api-route";
import { pageResponse, readPageRequest } from "@/lib/server/http/paging";
import { listReviewQueue } from "@/lib/server/review/list-review-queue";
import { reviewQueueFilterFromSearchParams, reviewQueueFilterSchema } from "@/lib/validations/review";
import { describeFieldErrors, zodFieldErrors } from "@/lib/validations/zod-errors";

/**
 * GET /api/review-queue?article=&kind=&author=&status=&limit=&cursor= — a page of the annotations
 * awaiting review, re-reviews first, then oldest submission first:
 * `{ items: [{ annotation, article, context, submittedAt }], total, forYou, nextCursor }` (`total` counts every match;
 * `forYou` those the caller may decide, null for those who do not review).
 * `kind` and `status` (submitted, needs_rereview) may be repeated or comma-separated.
 */
export const GET = apiRoute({ action: "review.queue" }, async ({ request, actor, requestId }) => {
  const parsed = reviewQueueFilterSchema.safeParse(reviewQueueFilterFromSearchParams(new URL(request.url).searchParams));
  if (!parsed.success) {
    const fieldErrors = zodFieldErrors(parsed.error);
    return errorResponse({ code: "invalid", message: describeFieldErrors(fieldErrors), fieldErrors }, requestId);
  }
  const page = readPageRequest(request);
  if (!page.ok) return errorResponse(page.error, requestId);
  const result = await listReviewQueue(actor, parsed.data, page.page);
  if (!result.ok) return errorResponse(result.error, requestId);
  const queue = result.value;
  return pageResponse(
    request,
    requestId,
    { items: queue.items.map((item) => ({ ...item, annotation: toAnnotationJson(item.annotation) })), total: queue.total, forYou: queue.forYou, nextCursor: queue.nextCursor },
    page.page.limit,
  );
});
