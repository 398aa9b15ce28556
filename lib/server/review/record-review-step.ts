import "server-only";
import type { EventType, JsonValue } from "@/lib/events/event-types";
import { applyReviewAction, type ReviewActionErrorCode } from "@/lib/review/apply-review-action";
import { annotationSelect, toAnnotationDto, type AnnotationDto } from "@/lib/server/annotations/annotation-dto";
import { StaleVersionError, staleVersionError } from "@/lib/server/annotations/stale-version";
import type { Actor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db/prisma";
import { fail, notFound, ok, type AppErrorCode, type Result } from "@/lib/server/errors";
import { transactWithEvents } from "@/lib/server/events/transact-with-events";
import type { ReviewStep } from "@/lib/validations/review";

/** How each refusal of the state machine reaches the client (403 for who, 409 for when, 400 for what). */
const REFUSAL_CODES: Record<ReviewActionErrorCode, AppErrorCode> = {
  forbidden_transition: "conflict",
  unauthenticated: "unauthenticated",
  password_change_required: "password_change_required",
  deactivated: "forbidden",
  role: "forbidden",
  four_eyes: "forbidden",
  not_owner: "forbidden",
  note_required: "invalid",
  orphaned: "conflict",
};

/** The event each review step writes. */
const STEP_EVENTS = {
  submit: "annotation.submitted",
  approve: "annotation.approved",
  reject: "annotation.rejected",
  request_changes: "annotation.changes_requested",
  reopen: "annotation.reopened",
} as const satisfies Record<ReviewStep, EventType>;

/**
 * Busy annotations see many decisions at once (the optimistic lock turns all but one into a
 * 409); give a transaction time to get a connection behind the others instead of failing.
 */
export const REVIEW_TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 10_000 } as const;

/** One person's review step on one annotation, made on the version they saw. */
export type ReviewStepRequest = { step: ReviewStep; version: number; reason?: string | null };

/**
 * Records a review step — submit, approve, reject, request changes, reopen — checked by the review
 * state machine (`applyReviewAction`: transition, the policy's role, ownership and four-eyes
 * checks, required reason) against
 * the annotation as stored. The status change, its `ReviewDecision` row (with the revision and
 * quote the actor saw), the audit row and, for a change request, the comment in the thread are
 * written in one transaction guarded by the version: a stale version changes nothing and gives a
 * 409 naming who changed the annotation since.
 */
export async function recordReviewStep(actor: Actor, annotationId: string, request: ReviewStepRequest): Promise<Result<AnnotationDto>> {
  const row = await db().annotation.findFirst({
    where: { id: annotationId, deletedAt: null, article: { deletedAt: null } },
    select: { ...annotationSelect, revisionId: true },
  });
  if (!row) return notFound("Annotation");
  if (row.version !== request.version) return staleVersionError(annotationId, request.version);

  const reason = request.reason?.trim() ?? "";
  const checked = applyReviewAction({
    actor,
    annotation: { authorId: row.author.id, lastEditedById: row.lastEditedBy.id, status: row.status, anchorState: row.anchorState },
    action: request.step,
    note: reason,
  });
  if (!checked.ok) {
    const extra = checked.code === "note_required" ? { fieldErrors: { reason: checked.message } } : { details: { refusal: checked.code } };
    return fail(REFUSAL_CODES[checked.code], checked.message, extra);
  }

  const { step } = request;
  const from = row.status;
  const to = checked.status;
  const entersQueue = step === "submit" || step === "reopen";
  try {
    const updated = await transactWithEvents(async (tx, events) => {
      const { count } = await tx.annotation.updateMany({
        where: { id: annotationId, version: request.version, deletedAt: null },
        data: {
          status: to,
          version: { increment: 1 },
          lastActorId: actor.id,
          ...(entersQueue ? { submittedAt: new Date() } : {}),
          // Approving the changed text accepts the change: the annotation is plainly anchored again.
          ...(step === "approve" && row.anchorState === "changed" ? { anchorState: "anchored" as const, previousExact: null } : {}),
        },
      });
      if (count === 0) throw new StaleVersionError();
      const decision = await tx.reviewDecision.create({
        data: { annotationId, actorId: actor.id, action: step, fromStatus: from, toStatus: to, reason, revisionId: row.revisionId, exact: row.exact },
        select: { id: true },
      });
      // A reviewer's decision (not a submission) is the one the annotation's card shows.
      if (step !== "submit") await tx.annotation.update({ where: { id: annotationId }, data: { lastDecisionId: decision.id } });
      const after: { status: typeof to; [key: string]: JsonValue } = { status: to, decisionId: decision.id };
      if (reason) after.reason = reason;
      if (step === "approve") Object.assign(after, { revisionId: row.revisionId, revision: row.revision.number, exact: row.exact });
      // What an undo of this approval puts back: the text change it accepted.
      if (step === "approve" && row.anchorState === "changed") after.acceptedChange = { previousExact: row.previousExact };
      events.add({ type: STEP_EVENTS[step], actorId: actor.id, entityId: annotationId, articleId: row.articleId, payload: { before: { status: from }, after } });
      if (step === "request_changes") {
        // The change request also opens (or continues) the conversation in the thread.
        const comment = await tx.comment.create({ data: { annotationId, authorId: actor.id, body: reason }, select: { id: true } });
        events.add({ type: "comment.added", actorId: actor.id, entityId: comment.id, articleId: row.articleId, payload: { after: { annotationId, body: reason, decisionId: decision.id } } });
      }
      return toAnnotationDto(await tx.annotation.findUniqueOrThrow({ where: { id: annotationId }, select: annotationSelect }));
    }, REVIEW_TRANSACTION_OPTIONS);
    return ok(updated);
  } catch (error) {
    if (error instanceof StaleVersionError) return staleVersionError(annotationId, request.version);
    throw error;
  }
}
