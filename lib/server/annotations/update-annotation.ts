import "server-only";
import { annotationFactsOf, can } from "@/lib/policy/policy";
import { nextStatus } from "@/lib/review/review-transitions";
import type { Actor } from "@/lib/server/auth/actor";
import { refusedBy } from "@/lib/server/auth/policy-refusal";
import { db } from "@/lib/server/db/prisma";
import { fail, notFound, ok, type Result } from "@/lib/server/errors";
import { transactWithEvents } from "@/lib/server/events/transact-with-events";
import type { AnnotationContent } from "@/lib/validations/annotation";
import { mergeAnnotationContent, type UpdateAnnotationInput } from "@/lib/validations/update-annotation-input";
import { describeFieldErrors } from "@/lib/validations/zod-errors";
import { prepareEvidenceArchive } from "@/lib/server/evidence/request-evidence-archive";
import { contentToColumns } from "./annotation-columns";
import { annotationSelect, toAnnotationDto, type AnnotationDto } from "./annotation-dto";
import { annotationSnapshot, diffSnapshots } from "./annotation-snapshot";
import { replaceEvidence } from "./replace-evidence";
import { loadReusableClaim } from "@/lib/server/claims/reusable-claim";
import { StaleVersionError, staleVersionError } from "./stale-version";

/**
 * Edits the content of one of the actor's own annotations, on the version they saw (someone
 * else's is not found: the query only sees the actor's own; the policy still decides). An edit in
 * substance makes the actor its last editor (so they can't review it) and follows the review
 * state machine: an approved annotation goes back to the queue; a rejected one can't be edited.
 * Changing a published claim's verdict or rationale needs `correctionNote` (kept in the
 * corrections log); `reusedFromId` records the decided claim whose verdict the edit copies.
 */
export async function updateAnnotation(
  actor: Actor,
  annotationId: string,
  patch: UpdateAnnotationInput & { version: number },
  options: { reusedFromId?: string } = {},
): Promise<Result<AnnotationDto>> {
  const row = await db().annotation.findFirst({ where: { id: annotationId, authorId: actor.id, deletedAt: null }, select: annotationSelect });
  if (!row) return notFound("Annotation");
  const current = toAnnotationDto(row);
  const allowed = can(actor, "annotation.edit", annotationFactsOf(current));
  if (!allowed.ok) return refusedBy(allowed);
  if (current.version !== patch.version) return staleVersionError(annotationId, patch.version);

  const merged = mergeAnnotationContent({ kind: current.kind, fields: current.fields, note: current.note, evidence: current.evidence } as AnnotationContent, patch);
  if (!merged.ok) return fail("invalid", describeFieldErrors(merged.fieldErrors), { fieldErrors: merged.fieldErrors });
  const content = merged.content;

  const before = annotationSnapshot(current);
  const diff = diffSnapshots(before, annotationSnapshot({ ...current, ...content }));
  const source = options.reusedFromId ? await loadReusableClaim(options.reusedFromId) : null;
  if (source && !source.ok) return source;
  if (source && (content.kind !== "claim" || source.value.id === annotationId)) {
    return fail("invalid", "Only a claim can reuse another decided claim's verdict.", { fieldErrors: { reusedFromId: "Pick another decided claim" } });
  }
  const reusedFrom = source ? { annotationId: source.value.id, articleId: source.value.articleId } : null;
  if (diff.changed.length === 0 && !reusedFrom) return ok(current);

  const correction = publishedVerdictChange(current, content);
  if (correction && !patch.correctionNote) {
    const message = "This claim's verdict is published: write a correction note saying why its verdict or rationale changes.";
    return fail("invalid", message, { fieldErrors: { correctionNote: message } });
  }

  const transition = nextStatus(current.status, "edit");
  if (diff.changed.includes("evidence") && content.evidence.length > 0) await prepareEvidenceArchive();
  if (!transition.ok) return fail("conflict", transition.message);

  try {
    const updated = await transactWithEvents(async (tx, events) => {
      const { count } = await tx.annotation.updateMany({
        where: { id: annotationId, version: patch.version, deletedAt: null },
        data: {
          kind: content.kind,
          note: content.note,
          ...contentToColumns(content),
          status: transition.status,
          // Back in the queue (an approved one was edited): it queues as a new submission.
          ...(transition.status === "submitted" && current.status !== "submitted" ? { submittedAt: new Date() } : {}),
          version: { increment: 1 },
          lastEditedById: actor.id,
          lastActorId: actor.id,
          ...(reusedFrom ? { reusedFromId: reusedFrom.annotationId } : {}),
        },
      });
      if (count === 0) throw new StaleVersionError();
      if (diff.changed.includes("evidence")) await replaceEvidence(tx, annotationId, content.evidence);
      const recorded =
        correction && patch.correctionNote
          ? await tx.correction.create({
              data: { articleId: current.articleId, annotationId, authorId: actor.id, note: patch.correctionNote, ...correction },
              select: { id: true },
            })
          : null;
      const statusChanged = transition.status !== current.status;
      events.add({
        type: "annotation.updated",
        actorId: actor.id,
        entityId: annotationId,
        articleId: current.articleId,
        payload: {
          before: statusChanged ? { ...diff.before, status: current.status } : diff.before,
          after: {
            ...diff.after,
            ...(statusChanged ? { status: transition.status } : {}),
            ...(reusedFrom ? { reusedFrom } : {}),
            ...(recorded ? { correction: { id: recorded.id, note: patch.correctionNote ?? "" } } : {}),
          },
        },
      });
      return toAnnotationDto(await tx.annotation.findUniqueOrThrow({ where: { id: annotationId }, select: annotationSelect }));
    });
    return ok(updated);
  } catch (error) {
    if (error instanceof StaleVersionError) return staleVersionError(annotationId, patch.version);
    throw error;
  }
}

/** The verdict/rationale change of a published (approved) claim, as the corrections log records it; null if none. */
function publishedVerdictChange(current: AnnotationDto, content: AnnotationContent) {
  if (current.status !== "approved" || current.kind !== "claim") return null;
  const after = content.kind === "claim" ? content.fields : { verdict: null, rationale: null };
  if (after.verdict === current.fields.verdict && after.rationale === current.fields.rationale) return null;
  return { verdictBefore: current.fields.verdict, verdictAfter: after.verdict, rationaleBefore: current.fields.rationale, rationaleAfter: after.rationale };
}
