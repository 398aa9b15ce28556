import "server-only";
import type { Actor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db/prisma";
import { fail, type Result } from "@/lib/server/errors";
import type { AnnotationDto } from "@/lib/server/annotations/annotation-dto";
import { updateAnnotation } from "@/lib/server/annotations/update-annotation";
import { loadReusableClaim } from "./reusable-claim";

/**
 * Copies a decided (approved) claim's verdict, rationale and evidence into one of the actor's own
 * claims, on the version they saw, and records where they came from ("reused from …"). The edit
 * follows the same rules as any other (own annotation, editable status, one `annotation.updated`
 * event, now naming the source); the claimant stays the new claim's own.
 */
export async function reuseClaimVerdict(actor: Actor, annotationId: string, sourceId: string, version: number): Promise<Result<AnnotationDto>> {
  if (sourceId === annotationId) return fail("invalid", "A claim can't reuse its own verdict: pick another decided claim.", { fieldErrors: { sourceId: "Pick another claim" } });
  const source = await loadReusableClaim(sourceId);
  if (!source.ok) return source;
  const target = await db().annotation.findFirst({ where: { id: annotationId, deletedAt: null }, select: { kind: true, authorId: true } });
  if (target && target.authorId === actor.id && target.kind !== "claim") {
    return fail("invalid", "Only a claim can take another claim's verdict: change this annotation's kind to claim first.", { fieldErrors: { kind: "Must be a claim" } });
  }
  const { verdict, rationale, evidence } = source.value;
  return updateAnnotation(actor, annotationId, { fields: { verdict, rationale }, evidence, version }, { reusedFromId: source.value.id });
}
