import { apiRoute, errorResponse } from "@/lib/server/http/api-route";
import { pageResponse, readPageRequest } from "@/lib/server/http/paging";
import { listNotifications } from "@/lib/server/notifications/list-notifications";

/**
 * GET /api/notifications?limit=&cursor= — a page of the caller's own notifications, unread first,
 * newest first: `{ notifications: [{ id, type, read, createdAt, actor, articleId, annotationId, text }], unread, nextCursor }`.
 */
export const GET = apiRoute({ action: "notification.read" }, async ({ request, actor, requestId }) => {
  const page = readPageRequest(request);
  if (!page.ok) return errorResponse(page.error, requestId);
  const result = await listNotifications(actor, page.page);
  if (!result.ok) return errorResponse(result.error, requestId);
  return pageResponse(request, requestId, result.value, page.page.limit);
});
