import { reviewStepRoute } from "@/lib/server/review/review-step-route";

/** POST /api/annotations/{id}/submit — the author (or an admin) submits a draft or a changed annotation for review. Needs If-Match (or body version). */
export const POST = reviewStepRoute("submit");
