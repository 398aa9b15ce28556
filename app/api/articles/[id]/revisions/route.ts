import { apiRoute, resultResponse } from "@/lib/server/http/api-route";
import { listRevisions } from "@/lib/server/revisions/list-revisions";

/** GET /api/articles/{id}/revisions — every revision, newest first: number, author, source, re-anchoring summary, word count. */
export const GET = apiRoute<{ id: string }>({}, async ({ actor, params, requestId }) => {
  return resultResponse(await listRevisions(actor, params.id), requestId);
});
