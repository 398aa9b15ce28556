import "server-only";
import { cursorShape, decodeCursor, toPage, type Page, type PageRequest } from "@/lib/paging/page-cursor";
import { can } from "@/lib/policy/policy";
import type { Actor } from "@/lib/server/auth/actor";
import { refusedBy } from "@/lib/server/auth/policy-refusal";
import { db } from "@/lib/server/db/prisma";
import { fail, notFound, ok, type Result } from "@/lib/server/errors";
import { commentSelect, toCommentDto, type CommentDto } from "./comment-dto";

/** Sort key of a thread: oldest first, then id. */
const COMMENT_CURSOR = cursorShape("comments", ["timestamp", "string"]);

/** One page of an annotation's comment thread, oldest first (every signed-in member of the desk may read it). */
export async function listComments(actor: Actor, annotationId: string, page: PageRequest): Promise<Result<Page<CommentDto>>> {
  const allowed = can(actor, "article.read");
  if (!allowed.ok) return refusedBy(allowed);
  const after = page.cursor === null ? null : decodeCursor(COMMENT_CURSOR, page.cursor);
  if (after && !after.ok) return fail("invalid", after.message, { fieldErrors: { cursor: after.message } });
  const annotation = await db().annotation.findFirst({ where: { id: annotationId, deletedAt: null, article: { deletedAt: null } }, select: { id: true } });
  if (!annotation) return notFound("Annotation");
  const rows = await db().comment.findMany({
    where: {
      annotationId,
      ...(after ? { createdAt: { gte: after.value[0] }, OR: [{ createdAt: { gt: after.value[0] } }, { id: { gt: after.value[1] } }] } : {}),
    },
    select: commentSelect,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: page.limit + 1,
  });
  return ok(toPage(rows, page.limit, COMMENT_CURSOR, (row) => [row.createdAt, row.id], toCommentDto));
}
