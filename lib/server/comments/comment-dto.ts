import type { CommentDto } from "@/lib/dto/comment-dto";
import type { Prisma } from "@/lib/server/db/generated/client";

export type { CommentDto } from "@/lib/dto/comment-dto";

export const commentSelect = {
  id: true,
  annotationId: true,
  body: true,
  createdAt: true,
  editedAt: true,
  author: { select: { id: true, name: true } },
  annotation: { select: { articleId: true } },
} as const satisfies Prisma.CommentSelect;

export type CommentRow = Prisma.CommentGetPayload<{ select: typeof commentSelect }>;

/** A selected comment row → its DTO. */
export function toCommentDto(row: CommentRow): CommentDto {
  return {
    id: row.id,
    annotationId: row.annotationId,
    articleId: row.annotation.articleId,
    body: row.body,
    author: row.author,
    createdAt: row.createdAt.toISOString(),
    editedAt: row.editedAt?.toISOString() ?? null,
  };
}
