import "server-only";
import type { Actor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db/prisma";
import { notFound, ok, type Result } from "@/lib/server/errors";
import { commentSelect, toCommentDto, type CommentDto } from "./comment-dto";

/** An annotation's comment thread, oldest first (every signed-in member of the desk may read it). */
export async function listComments(_actor: Actor, annotationId: string): Promise<Result<CommentDto[]>> {
  const annotation = await db().annotation.findFirst({ where: { id: annotationId, deletedAt: null, article: { deletedAt: null } }, select: { id: true } });
  if (!annotation) return notFound("Annotation");
  const rows = await db().comment.findMany({ where: { annotationId }, select: commentSelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  return ok(rows.map(toCommentDto));
}
