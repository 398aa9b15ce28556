import "server-only";
import { annotationFactsOf, can } from "@/lib/policy/policy";
import { reattachStatus } from "@/lib/review/review-transitions";
import { annotationSelect, toAnnotationDto, type AnnotationDto } from "@/lib/server/annotations/annotation-dto";
import { placeSpan } from "@/lib/server/annotations/place-span";
import { StaleVersionError, staleVersionError } from "@/lib/server/annotations/stale-version";
import type { Actor } from "@/lib/server/auth/actor";
import { refusedBy } from "@/lib/server/auth/policy-refusal";
import { db } from "@/lib/server/db/prisma";
import { fail, notFound, ok, type Result } from "@/lib/server/errors";
import { transactWithEvents } from "@/lib/server/events/transact-with-events";
import type { ReattachAnnotationInput } from "@/lib/validations/revision";

class RevisionMovedError extends Error {}

const revisionMoved = (current: number) =>
  fail("conflict", `The article has changed since you opened it (it is now revision ${current}). Reload it and select the text again.`, {
    details: { currentRevision: current },
  });

/**
 * Re-attaches an orphaned (or changed) annotation to a span of the article's current revision,
 * on the version the person saw. Its author may, and so may editors and admins (who change the
 * text and are shown the orphans), as the policy says; someone else's annotation the actor may
 * not re-attach is not found, as if the query had not seen it. Choosing the new text is an edit in substance: the actor
 * becomes its last editor and the review status follows `reattachStatus` (approved → needs
 * re-review: an approval covered the old text, so it needs a fresh review; a rejected annotation
 * must be reopened first). The anchor state becomes `anchored`.
 */
export async function reattachAnnotation(actor: Actor, annotationId: string, input: ReattachAnnotationInput): Promise<Result<AnnotationDto>> {
  const row = await db().annotation.findFirst({
    where: { id: annotationId, deletedAt: null, article: { deletedAt: null } },
    select: { ...annotationSelect, article: { select: { currentRevision: true } } },
  });
  if (!row) return notFound("Annotation");
  const current = toAnnotationDto(row);
  const allowed = can(actor, "annotation.reattach", annotationFactsOf(current));
  if (!allowed.ok) return allowed.code === "not_owner" ? notFound("Annotation") : refusedBy(allowed);
  if (current.version !== input.version) return staleVersionError(annotationId, input.version);
  const revisionNumber = row.article.currentRevision;
  if (input.revision !== undefined && input.revision !== revisionNumber) return revisionMoved(revisionNumber);
  if (current.anchorState === "anchored") {
    return fail("conflict", "This annotation is already placed on the article's text. Only orphaned or changed annotations can be re-attached.");
  }
  const transition = reattachStatus(current.status);
  if (!transition.ok) return fail("conflict", transition.message);

  const revision = await db().articleRevision.findUniqueOrThrow({
    where: { articleId_number: { articleId: current.articleId, number: revisionNumber } },
    select: { id: true, text: true },
  });
  const placed = placeSpan(revision.text, { start: input.start, end: input.end });
  if (!placed.ok) return placed;
  const { position, quote } = placed.value;

  try {
    const updated = await transactWithEvents(async (tx, events) => {
      const article = await tx.article.findUniqueOrThrow({ where: { id: current.articleId }, select: { currentRevision: true } });
      if (article.currentRevision !== revisionNumber) throw new RevisionMovedError();
      const { count } = await tx.annotation.updateMany({
        where: { id: annotationId, version: input.version, deletedAt: null },
        data: {
          revisionId: revision.id,
          start: position.start,
          end: position.end,
          exact: quote.exact,
          prefix: quote.prefix,
          suffix: quote.suffix,
          anchorState: "anchored",
          previousExact: null,
          status: transition.status,
          version: { increment: 1 },
          lastEditedById: actor.id,
          lastActorId: actor.id,
        },
      });
      if (count === 0) throw new StaleVersionError();
      events.add({
        type: "annotation.reattached",
        actorId: actor.id,
        entityId: annotationId,
        articleId: current.articleId,
        payload: {
          before: {
            revision: current.revision,
            start: current.start,
            end: current.end,
            exact: current.exact,
            previousExact: current.previousExact,
            anchorState: current.anchorState,
            status: current.status,
          },
          after: { revision: revisionNumber, start: position.start, end: position.end, exact: quote.exact, anchorState: "anchored", status: transition.status },
        },
      });
      return toAnnotationDto(await tx.annotation.findUniqueOrThrow({ where: { id: annotationId }, select: annotationSelect }));
    });
    return ok(updated);
  } catch (error) {
    if (error instanceof StaleVersionError) return staleVersionError(annotationId, input.version);
    if (error instanceof RevisionMovedError) {
      const article = await db().article.findUniqueOrThrow({ where: { id: current.articleId }, select: { currentRevision: true } });
      return revisionMoved(article.currentRevision);
    }
    throw error;
  }
}
