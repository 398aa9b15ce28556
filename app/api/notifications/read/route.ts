import { apiRoute, errorResponse, readJson, resultResponse } from "@/lib/server/http/api-route";
import { markNotificationsRead } from "@/lib/server/notifications/mark-notifications-read";
import { markNotificationsReadSchema } from "@/lib/validations/notification";

/** POST /api/notifications/read — `{ ids }` or `{ all: true }`: marks the caller's own notifications read; `{ marked, unread }`. */
export const POST = apiRoute({ action: "notification.read" }, async ({ request, actor, requestId }) => {
  const body = await readJson(request, markNotificationsReadSchema);
  if (!body.ok) return errorResponse(body.error, requestId);
  return resultResponse(await markNotificationsRead(actor, body.data), requestId);
});
