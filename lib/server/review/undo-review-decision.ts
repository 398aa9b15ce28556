import "server-only";
import { getAppConfig } from "@/lib/config/app-config";
import type { ReviewStatus } from "@/lib/domain/review-statuses";
import { checkUndo, type UndoableStep } from "@/lib/review/undo-review-step";
import { annotationSelect, toAnnotationDto, type AnnotationDto } from "@/lib/server/annotations/annotation-dto";
import { StaleVersionError } from "@/lib/server/annotations/stale-version";
import type { Actor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db/prisma";
import { fail, notFound, ok, type Result } from "@/lib/server/errors";
import { transactWithEvents } from "@/lib/server/events/transact-with-events";
import { REVIEW_TRANSACTION_OPTIONS } from "./record-review-step";

/** What the reviewer takes back: their decision, on the version they saw right after it. */
export type UndoDecisionRequest = { decisionId: string; version: number };

/**
 * A reviewer takes back their own approval, rejection or send-back within the undo window
 * (`FACTDESK_UNDO_SECONDS`), only while it is still the annotation's latest step: the status goes
 * back to what it was, the decision (and a send-back's comment) is removed, the previous decision
 * is the card's again, and one `annotation.decision_undone` event records it. The audit trail
 * keeps both the decision and its undoing.
 */
export async function undoReviewDecision(actor: Actor, annotationId: string, request: UndoDecisionRequest): Promise<Result<AnnotationDto>> {
  const annotation = await db().annotation.findFirst({
    where: { id: annotationId, deletedAt: null, article: { deletedAt: null } },
    select: { id: true, articleId: true, version: true, status: true, lastDecisionId: true },
  });
  if (!annotation) return notFound("Annotation");
  const decision = await db().reviewDecision.findFirst({
    where: { id: request.decisionId, annotationId },
    select: { id: true, actorId: true, action: true, fromStatus: true, toStatus: true, createdAt: true },
  });
  if (!decision) return notFound("Decision");
  const sendBackComment =
    decision.action === "request_changes"
      ? await db().auditEvent.findFirst({ where: { type: "comment.added", articleId: annotation.articleId, after: { path: ["decisionId"], equals: decision.id } }, select: { entityId: true } })
      : null;
  const laterComments = await db().comment.count({
    where: { annotationId, createdAt: { gte: decision.createdAt }, ...(sendBackComment ? { id: { not: sendBackComment.entityId } } : {}) },
  });
  const checked = checkUndo({
    actorId: actor.id,
    decision,
    annotation,
    version: request.version,
    laterComments: laterComments > 0,
    now: new Date(),
    windowSeconds: getAppConfig().FACTDESK_UNDO_SECONDS,
  });
  if (!checked.ok) return fail(checked.code === "not_yours" ? "forbidden" : "conflict", checked.message, { details: { refusal: checked.code } });

  const step = decision.action as UndoableStep;
  const accepted = step === "approve" ? await acceptedChangeOf(decision.id, annotation.articleId) : null;
  try {
    const updated = await transactWithEvents(async (tx, events) => {
      const previous = await tx.reviewDecision.findFirst({
        where: { annotationId, id: { not: decision.id }, action: { not: "submit" }, createdAt: { lte: decision.createdAt } },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: { id: true },
      });
      const { count } = await tx.annotation.updateMany({
        where: { id: annotationId, version: request.version, lastDecisionId: decision.id, deletedAt: null },
        data: {
          status: decision.fromStatus,
          version: { increment: 1 },
          lastActorId: actor.id,
          lastDecisionId: previous?.id ?? null,
          ...(accepted ? { anchorState: "changed" as const, previousExact: accepted.previousExact } : {}),
        },
      });
      if (count === 0) throw new StaleVersionError();
      if (sendBackComment) await tx.comment.deleteMany({ where: { id: sendBackComment.entityId, annotationId } });
      await tx.reviewDecision.delete({ where: { id: decision.id } });
      events.add({
        type: "annotation.decision_undone",
        actorId: actor.id,
        entityId: annotationId,
        articleId: annotation.articleId,
        payload: {
          before: { status: decision.toStatus as ReviewStatus },
          after: { status: decision.fromStatus as ReviewStatus, undoneDecisionId: decision.id, undoneStep: step, ...(sendBackComment ? { removedCommentId: sendBackComment.entityId } : {}) },
        },
      });
      return toAnnotationDto(await tx.annotation.findUniqueOrThrow({ where: { id: annotationId }, select: annotationSelect }));
    }, REVIEW_TRANSACTION_OPTIONS);
    return ok(updated);
  } catch (error) {
    if (error instanceof StaleVersionError)
      return fail("conflict", "The annotation has changed since your decision, so it can't be undone. Reload to see the latest.", { details: { refusal: "changed_since" } });
    throw error;
  }
}

/** The changed text an approval accepted (recorded on its event), to put back when it is undone. */
async function acceptedChangeOf(decisionId: string, articleId: string): Promise<{ previousExact: string | null } | null> {
  const event = await db().auditEvent.findFirst({ where: { type: "annotation.approved", articleId, after: { path: ["decisionId"], equals: decisionId } }, select: { after: true } });
  const after = event?.after as { acceptedChange?: { previousExact?: string | null } } | null | undefined;
  return after?.acceptedChange ? { previousExact: after.acceptedChange.previousExact ?? null } : null;
}
