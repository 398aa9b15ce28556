import "server-only";
import { annotationFactsOf, can } from "@/lib/policy/policy";
import { VERDICT_LABELS } from "@/lib/domain/verdicts";
import type { Actor } from "@/lib/server/auth/actor";
import { refusedBy } from "@/lib/server/auth/policy-refusal";
import { db } from "@/lib/server/db/prisma";
import { fail, notFound, ok, type Result } from "@/lib/server/errors";
import { transactWithEvents } from "@/lib/server/events/transact-with-events";
import { annotationSelect, toAnnotationDto, type AnnotationDto } from "@/lib/server/annotations/annotation-dto";
import { StaleVersionError, staleVersionError } from "@/lib/server/annotations/stale-version";
import type { CorrectClaimInput } from "@/lib/validations/correction";

/**
 * A reviewer corrects a published (approved) claim's verdict and/or rationale, with a public
 * note, on the version they saw. The claim stays published; the change goes into the article's
 * corrections log (shown on the article, in the report, and as ClaimReview `dateModified`) with
 * one `annotation.corrected` event. Never one's own claim (four-eyes rule); only approved claims
 * (anything else is still in review and is simply edited).
 */
export async function correctClaim(actor: Actor, annotationId: string, input: CorrectClaimInput & { version: number }): Promise<Result<AnnotationDto>> {
  const row = await db().annotation.findFirst({ where: { id: annotationId, deletedAt: null, article: { deletedAt: null } }, select: annotationSelect });
  if (!row) return notFound("Annotation");
  const current = toAnnotationDto(row);
  const allowed = can(actor, "annotation.correct", annotationFactsOf(current));
  if (!allowed.ok) return refusedBy(allowed);
  if (current.kind !== "claim") return fail("conflict", "Only a claim's verdict can be corrected.");
  if (current.status !== "approved") return fail("conflict", "Only a published (approved) claim takes a correction: this one is still in review, so edit it instead.");
  if (current.version !== input.version) return staleVersionError(annotationId, input.version);
  const before = { verdict: current.fields.verdict, rationale: current.fields.rationale };
  const after = { verdict: input.verdict ?? before.verdict, rationale: input.rationale ?? before.rationale };
  if (after.verdict === before.verdict && after.rationale === before.rationale) {
    const message = `Nothing to correct: the verdict is already ${VERDICT_LABELS[before.verdict]} with the same rationale.`;
    return fail("invalid", message, { fieldErrors: { verdict: message } });
  }
  try {
    const updated = await transactWithEvents(async (tx, events) => {
      const { count } = await tx.annotation.updateMany({
        where: { id: annotationId, version: input.version, status: "approved", deletedAt: null },
        data: { verdict: after.verdict, rationale: after.rationale, version: { increment: 1 }, lastActorId: actor.id },
      });
      if (count === 0) throw new StaleVersionError();
      const correction = await tx.correction.create({
        data: {
          articleId: current.articleId,
          annotationId,
          authorId: actor.id,
          note: input.note,
          verdictBefore: before.verdict,
          verdictAfter: after.verdict,
          rationaleBefore: before.rationale,
          rationaleAfter: after.rationale,
        },
        select: { id: true },
      });
      events.add({
        type: "annotation.corrected",
        actorId: actor.id,
        entityId: annotationId,
        articleId: current.articleId,
        payload: { before, after: { ...after, note: input.note, correctionId: correction.id } },
      });
      return toAnnotationDto(await tx.annotation.findUniqueOrThrow({ where: { id: annotationId }, select: annotationSelect }));
    });
    return ok(updated);
  } catch (error) {
    if (error instanceof StaleVersionError) return staleVersionError(annotationId, input.version);
    throw error;
  }
}
