import { reviewStepRoute } from "@/lib/server/review/review-step-route";

/** POST /api/annotations/{id}/approve — a reviewer approves (never their own work: four-eyes rule). Needs If-Match (or body version). */
export const POST = reviewStepRoute("approve");
