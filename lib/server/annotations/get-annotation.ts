import "server-only";
import type { Actor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db/prisma";
import { notFound, ok, type Result } from "@/lib/server/errors";
import { annotationSelect, toAnnotationDto, type AnnotationDto } from "./annotation-dto";

/** One annotation (every signed-in member of the desk may read it). */
export async function getAnnotation(_actor: Actor, annotationId: string): Promise<Result<AnnotationDto>> {
  const row = await db().annotation.findFirst({ where: { id: annotationId, deletedAt: null, article: { deletedAt: null } }, select: annotationSelect });
  if (!row) return notFound("Annotation");
  return ok(toAnnotationDto(row));
}
