import { apiRoute, errorResponse } from "@/lib/server/http/api-route";
import { pageResponse, readPageRequest } from "@/lib/server/http/paging";
import { searchDesk } from "@/lib/server/search/search-desk";
import { searchFilterFromSearchParams, searchFilterSchema } from "@/lib/validations/search";
import { describeFieldErrors, zodFieldErrors } from "@/lib/validations/zod-errors";

/**
 * GET /api/search?q=&kind=&verdict=&status=&author=&from=&to=&limit=&cursor= — the desk search:
 * `{ groups: [{ article, rank, totalHits, hits }], nextCursor }`, best article first.
 */
export const GET = apiRoute({ action: "article.read" }, async ({ request, actor, requestId }) => {
  const page = readPageRequest(request);
  if (!page.ok) return errorResponse(page.error, requestId);
  const filter = searchFilterSchema.safeParse(searchFilterFromSearchParams(new URL(request.url).searchParams));
  if (!filter.success) {
    const fieldErrors = zodFieldErrors(filter.error);
    return errorResponse({ code: "invalid", message: describeFieldErrors(fieldErrors), fieldErrors }, requestId);
  }
  const result = await searchDesk(actor, filter.data, page.page);
  if (!result.ok) return errorResponse(result.error, requestId);
  return pageResponse(request, requestId, result.value, page.page.limit);
});
