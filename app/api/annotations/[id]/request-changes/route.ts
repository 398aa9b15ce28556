import { reviewStepRoute } from "@/lib/server/review/review-step-route";

/** POST /api/annotations/{id}/request-changes — a reviewer sends it back to its author, with a comment (required; also added to the thread). Needs If-Match (or body version). */
export const POST = reviewStepRoute("request_changes");
