import "server-only";
import type { AnnotationDto } from "@/lib/server/annotations/annotation-dto";
import type { Actor } from "@/lib/server/auth/actor";
import type { Result } from "@/lib/server/errors";
import { recordReviewStep } from "./record-review-step";

/**
 * Submits a draft (or an annotation sent back with changes requested) for review, on the version
 * the author saw. Only its author, or an admin, may submit it.
 */
export async function submitAnnotation(actor: Actor, annotationId: string, input: { version: number }): Promise<Result<AnnotationDto>> {
  return recordReviewStep(actor, annotationId, { step: "submit", version: input.version });
}
