import { reviewStepRoute } from "@/lib/server/review/review-step-route";

/** POST /api/annotations/{id}/reject — a reviewer rejects, with a reason (required). Needs If-Match (or body version). */
export const POST = reviewStepRoute("reject");
