import "server-only";
import type { AnnotationDto } from "@/lib/server/annotations/annotation-dto";
import type { Actor } from "@/lib/server/auth/actor";
import type { Result } from "@/lib/server/errors";
import { recordReviewStep } from "./record-review-step";

/**
 * Puts an approved or rejected annotation back in the review queue, with a reason (reviewers and
 * admins; a rejected annotation can't be reopened by its own author or last editor).
 */
export async function reopenAnnotation(actor: Actor, annotationId: string, input: { version: number; reason: string }): Promise<Result<AnnotationDto>> {
  return recordReviewStep(actor, annotationId, { step: "reopen", version: input.version, reason: input.reason });
}
