import { apiRoute, readJson, errorResponse, resultResponse } from "@/lib/server/http/api-route";
import { updatePresence } from "@/lib/server/live/update-presence";
import { presenceUpdateSchema } from "@/lib/validations/live";

/** POST /api/presence — what the caller is doing in one open tab (its live stream's id from `hello`). */
export const POST = apiRoute({ action: "article.read" }, async ({ request, actor, requestId }) => {
  const body = await readJson(request, presenceUpdateSchema, 4_096);
  if (!body.ok) return errorResponse(body.error, requestId);
  return resultResponse(await updatePresence(actor, body.data), requestId);
});
