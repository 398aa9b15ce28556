import { apiRoute, errorResponse, readJson, resultResponse } from "@/lib/server/http/api-route";
import { dismissSuggestion } from "@/lib/server/suggestions/dismiss-suggestion";
import { dismissSuggestionSchema } from "@/lib/validations/suggestion";

/** POST /api/articles/{id}/suggestions/dismiss — `{ kind, start, end, revision? }`: hides that suggestion for this revision, for the desk. */
export const POST = apiRoute<{ id: string }>({ action: "annotation.create" }, async ({ request, actor, params, requestId }) => {
  const body = await readJson(request, dismissSuggestionSchema);
  if (!body.ok) return errorResponse(body.error, requestId);
  return resultResponse(await dismissSuggestion(actor, params.id, body.data), requestId);
});
