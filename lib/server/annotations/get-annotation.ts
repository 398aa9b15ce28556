import "server-only";
import { can } from "@/lib/policy/policy";
import type { Actor } from "@/lib/server/auth/actor";
import { refusedBy } from "@/lib/server/auth/policy-refusal";
import { db } from "@/lib/server/db/prisma";
import { notFound, ok, type Result } from "@/lib/server/errors";
import { annotationSelect, toAnnotationDto, type AnnotationDto } from "./annotation-dto";

/** One annotation (every signed-in member of the desk may read it). */
export async function getAnnotation(actor: Actor, annotationId: string): Promise<Result<AnnotationDto>> {
  const allowed = can(actor, "article.read");
  if (!allowed.ok) return refusedBy(allowed);
  const row = await db().annotation.findFirst({ where: { id: annotationId, deletedAt: null, article: { deletedAt: null } }, select: annotationSelect });
  if (!row) return notFound("Annotation");
  return ok(toAnnotationDto(row));
}
