import { apiRoute } from "@/lib/server/http/api-route";
import { countReviewQueue } from "@/lib/server/review/count-review-queue";

/** GET /api/review-queue/count — `{ total, forYou }`: how many annotations wait for review, and for the caller (the nav badge). */
export const GET = apiRoute({ action: "review.queue" }, async ({ actor, requestId }) =>
  Response.json(await countReviewQueue(actor), { headers: { "x-request-id": requestId, "cache-control": "no-store" } }),
);
