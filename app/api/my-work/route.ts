import { apiRoute, resultResponse } from "@/lib/server/http/api-route";
import { getMyWork } from "@/lib/server/my-work/get-my-work";

/** GET /api/my-work — the caller's drafts, what was sent back to them, what waits for their review and their assigned articles. */
export const GET = apiRoute({ action: "article.read" }, async ({ actor, requestId }) => getMyWork(actor).then((result) => resultResponse(result, requestId)));
