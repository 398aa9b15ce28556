import "server-only";
import { can } from "@/lib/policy/policy";
import type { Actor } from "@/lib/server/auth/actor";
import { refusedBy } from "@/lib/server/auth/policy-refusal";
import { fail, notFound, ok, type Result } from "@/lib/server/errors";
import { prepareEvidenceArchive, requestEvidenceFetch } from "@/lib/server/evidence/request-evidence-archive";
import { transactWithEvents } from "@/lib/server/events/transact-with-events";
import type { CreateAnnotationInput } from "@/lib/validations/create-annotation-input";
import { contentToColumns, evidenceToRows } from "./annotation-columns";
import { toAnnotationDto, type AnnotationDto } from "./annotation-dto";
import { annotationSnapshot } from "./annotation-snapshot";
import { loadReusableClaim } from "@/lib/server/claims/reusable-claim";
import { placeSpan } from "./place-span";

/**
 * Tags a span of an article's current revision; it starts as the actor's draft. A claim may name
 * the decided claim its verdict, rationale and evidence were copied from (`reusedFromId`).
 */
export async function createAnnotation(actor: Actor, articleId: string, input: CreateAnnotationInput): Promise<Result<AnnotationDto>> {
  const allowed = can(actor, "annotation.create");
  if (!allowed.ok) return refusedBy(allowed);
  const reused = input.reusedFromId ? await loadReusableClaim(input.reusedFromId) : null;
  if (input.content.evidence.length > 0) await prepareEvidenceArchive();
  return transactWithEvents(async (tx, events): Promise<Result<AnnotationDto>> => {
    // The article and its current text, read holding the article row (FOR SHARE): a revision
    // being saved (which updates that row first, then re-anchors every annotation) waits for
    // this one, or this one sees its new revision — one round trip for the read and the lock.
    const [article] = await tx.$queryRaw<{ currentRevision: number; revisionId: string; text: string }[]>`
      SELECT a."currentRevision", r."id" AS "revisionId", r."text"
      FROM "Article" a JOIN "ArticleRevision" r ON r."articleId" = a."id" AND r."number" = a."currentRevision"
      WHERE a."id" = ${articleId} AND a."deletedAt" IS NULL
      FOR SHARE OF a`;
    if (!article) return notFound("Article");
    if (input.placement.revision !== undefined && input.placement.revision !== article.currentRevision) {
      return fail("conflict", `The article has changed since you opened it (it is now revision ${article.currentRevision}). Reload it and select the text again.`, {
        details: { currentRevision: article.currentRevision },
      });
    }
    const revision = { id: article.revisionId, text: article.text };
    const placed = placeSpan(revision.text, input.placement);
    if (!placed.ok) return placed;
    if (reused && !reused.ok) return reused;
    if (reused && input.content.kind !== "claim") return fail("invalid", "Only a claim can reuse another claim's verdict.", { fieldErrors: { kind: "Must be a claim" } });
    const { position, quote } = placed.value;
    const columns = {
      articleId,
      kind: input.content.kind,
      start: position.start,
      end: position.end,
      exact: quote.exact,
      prefix: quote.prefix,
      suffix: quote.suffix,
      note: input.content.note,
      ...contentToColumns(input.content),
    };
    const created = await tx.annotation.create({
      data: { ...columns, revisionId: revision.id, authorId: actor.id, lastEditedById: actor.id, lastActorId: actor.id, ...(reused ? { reusedFromId: reused.value.id } : {}) },
      select: { id: true, status: true, anchorState: true, version: true, previousExact: true, createdAt: true, updatedAt: true },
    });
    const evidence = evidenceToRows(input.content.evidence);
    if (evidence.length > 0) {
      const stored = await tx.evidence.createManyAndReturn({ data: evidence.map((item) => ({ ...item, annotationId: created.id })), select: { id: true } });
      // Each evidence URL is archived in the background (a job written in this transaction).
      await requestEvidenceFetch(
        tx,
        stored.map((item) => item.id),
        "archive",
      );
    }
    // The new row as the shared read shapes it, from what was just written (no read back).
    const dto = toAnnotationDto({
      ...columns,
      ...created,
      revision: { number: article.currentRevision },
      author: { id: actor.id, name: actor.name },
      lastEditedBy: { id: actor.id, name: actor.name },
      lastDecision: null,
      evidence,
      reusedFrom: reused ? { id: reused.value.id, articleId: reused.value.articleId, article: { title: reused.value.articleTitle } } : null,
    });
    events.add({
      type: "annotation.created",
      actorId: actor.id,
      entityId: dto.id,
      articleId,
      payload: {
        after: { ...annotationSnapshot(dto), ...(reused ? { reusedFrom: { annotationId: reused.value.id, articleId: reused.value.articleId } } : {}) },
      },
    });
    return ok(dto);
  });
}
