import { apiRoute, errorResponse, readJson, resultResponse } from "@/lib/server/http/api-route";
import { getMailPreferences } from "@/lib/server/notifications/get-mail-preferences";
import { updateMailPreferences } from "@/lib/server/notifications/update-mail-preferences";
import { mailPreferencesSchema } from "@/lib/validations/notification";

/** GET /api/notifications/preferences — the caller's e-mail choice per notification kind, the defaults, and whether mail is on. */
export const GET = apiRoute({ action: "notification.preferences" }, async ({ actor, requestId }) => resultResponse(await getMailPreferences(actor), requestId));

/** PUT /api/notifications/preferences — `{ preferences: { mentioned: "immediately" | "digest" | "off", … } }`; kinds left out keep their choice. */
export const PUT = apiRoute({ action: "notification.preferences" }, async ({ request, actor, requestId }) => {
  const body = await readJson(request, mailPreferencesSchema);
  if (!body.ok) return errorResponse(body.error, requestId);
  return resultResponse(await updateMailPreferences(actor, body.data), requestId);
});
