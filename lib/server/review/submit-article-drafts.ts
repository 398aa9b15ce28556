import "server-only";
import { applyReviewAction } from "@/lib/review/apply-review-action";
import { annotationSelect, compareDocumentOrder, toAnnotationDto, type AnnotationDto } from "@/lib/server/annotations/annotation-dto";
import type { Actor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db/prisma";
import { fail, notFound, ok, type Result } from "@/lib/server/errors";
import { transactWithEvents } from "@/lib/server/events/transact-with-events";
import { REVIEW_TRANSACTION_OPTIONS } from "./record-review-step";

/** What submitting all one's drafts did: how many, and the submitted annotations in document order. */
export type SubmitDraftsResult = { submitted: number; annotations: AnnotationDto[] };

/**
 * Submits every draft the actor wrote on an article, in one transaction. Only the actor's own
 * drafts are touched (not other people's, not ones with changes requested: those are resubmitted
 * one by one after editing). One conditional UPDATE … RETURNING picks and changes them at once, so
 * a draft changed or submitted concurrently is either submitted once or left alone; each gets its
 * `ReviewDecision` and audit row. Zero drafts is not an error.
 */
export async function submitArticleDrafts(actor: Actor, articleId: string): Promise<Result<SubmitDraftsResult>> {
  const article = await db().article.findFirst({ where: { id: articleId, deletedAt: null }, select: { id: true } });
  if (!article) return notFound("Article");
  // The same check as for one annotation: the actor is the author of every draft selected below.
  const checked = applyReviewAction({ actor, annotation: { authorId: actor.id, lastEditedById: actor.id, status: "draft" }, action: "submit" });
  if (!checked.ok) return checked.code === "forbidden_transition" ? fail("conflict", checked.message) : fail("forbidden", checked.message, { details: { refusal: checked.code } });
  const to = checked.status;

  const annotations = await transactWithEvents(async (tx, events) => {
    const now = new Date();
    const submitted = await tx.annotation.updateManyAndReturn({
      where: { articleId, authorId: actor.id, status: "draft", deletedAt: null },
      data: { status: to, version: { increment: 1 }, lastActorId: actor.id, submittedAt: now },
      select: { id: true, revisionId: true, exact: true },
    });
    if (submitted.length === 0) return [];
    await tx.reviewDecision.createMany({
      data: submitted.map((row) => ({
        annotationId: row.id,
        actorId: actor.id,
        action: "submit" as const,
        fromStatus: "draft" as const,
        toStatus: to,
        revisionId: row.revisionId,
        exact: row.exact,
      })),
    });
    events.add(
      ...submitted.map((row) => ({
        type: "annotation.submitted" as const,
        actorId: actor.id,
        entityId: row.id,
        articleId,
        payload: { before: { status: "draft" as const }, after: { status: to, bulk: true } },
      })),
    );
    const rows = await tx.annotation.findMany({ where: { id: { in: submitted.map((row) => row.id) } }, select: annotationSelect });
    return rows.map(toAnnotationDto).sort(compareDocumentOrder);
  }, REVIEW_TRANSACTION_OPTIONS);
  return ok({ submitted: annotations.length, annotations });
}
