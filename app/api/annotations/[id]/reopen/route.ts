import { reviewStepRoute } from "@/lib/server/review/review-step-route";

/** POST /api/annotations/{id}/reopen — a reviewer reopens an approved or rejected annotation, with a reason (required). Needs If-Match (or body version). */
export const POST = reviewStepRoute("reopen");
