import "server-only";
import type { DecisionAction } from "@/lib/review/review-actions";
import type { AnnotationDto } from "@/lib/server/annotations/annotation-dto";
import type { Actor } from "@/lib/server/auth/actor";
import type { Result } from "@/lib/server/errors";
import { recordReviewStep } from "./record-review-step";

/**
 * A reviewer's decision on a submitted annotation (or one that needs re-review): approve, reject
 * (reason required) or request changes (comment required; it also goes into the thread). Editors
 * can't decide, and nobody decides on an annotation they created or last edited in substance.
 * Refusals: 403 role/four-eyes, 409 stale version or forbidden transition, 400 missing reason.
 */
export async function decideOnAnnotation(
  actor: Actor,
  annotationId: string,
  input: { decision: DecisionAction; version: number; reason?: string | null },
): Promise<Result<AnnotationDto>> {
  return recordReviewStep(actor, annotationId, { step: input.decision, version: input.version, reason: input.reason });
}
