import "server-only";
import type { Actor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db/prisma";
import { fail, notFound, type Result } from "@/lib/server/errors";
import { evidenceFromRows, evidenceSelect } from "@/lib/server/annotations/annotation-columns";
import type { AnnotationDto } from "@/lib/server/annotations/annotation-dto";
import { updateAnnotation } from "@/lib/server/annotations/update-annotation";

/**
 * Copies a decided (approved) claim's verdict, rationale and evidence into one of the actor's own
 * claims, on the version they saw, and records where they came from ("reused from …"). The edit
 * follows the same rules as any other (own annotation, editable status, one `annotation.updated`
 * event, now naming the source); the claimant stays the new claim's own.
 */
export async function reuseClaimVerdict(actor: Actor, annotationId: string, sourceId: string, version: number): Promise<Result<AnnotationDto>> {
  if (sourceId === annotationId) return fail("invalid", "A claim can't reuse its own verdict: pick another decided claim.", { fieldErrors: { sourceId: "Pick another claim" } });
  const source = await db().annotation.findFirst({
    where: { id: sourceId, deletedAt: null, article: { deletedAt: null } },
    select: { id: true, articleId: true, kind: true, status: true, verdict: true, rationale: true, evidence: { select: evidenceSelect, orderBy: { position: "asc" } } },
  });
  if (!source) return notFound("Claim to reuse");
  if (source.kind !== "claim" || source.status !== "approved") {
    return fail("conflict", "Only an approved claim's verdict can be reused: this one has not been decided.", { fieldErrors: { sourceId: "Not an approved claim" } });
  }
  const target = await db().annotation.findFirst({ where: { id: annotationId, deletedAt: null }, select: { kind: true, authorId: true } });
  if (target && target.authorId === actor.id && target.kind !== "claim") {
    return fail("invalid", "Only a claim can take another claim's verdict: change this annotation's kind to claim first.", { fieldErrors: { kind: "Must be a claim" } });
  }
  return updateAnnotation(
    actor,
    annotationId,
    { fields: { verdict: source.verdict ?? "unverified", rationale: source.rationale ?? "" }, evidence: evidenceFromRows(source.evidence), version },
    { reusedFrom: { annotationId: source.id, articleId: source.articleId } },
  );
}
