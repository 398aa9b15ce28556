/** A comment in an annotation's thread, as the UI and the API see it (dates as ISO strings). */
export type CommentDto = {
  id: string;
  annotationId: string;
  articleId: string;
  body: string;
  author: { id: string; name: string };
  createdAt: string;
  /** When its author last changed the text; null if never edited. */
  editedAt: string | null;
};

export const commentSelect = {
  id: true,
  annotationId: true,
  body: true,
  createdAt: true,
  editedAt: true,
  author: { select: { id: true, name: true } },
  annotation: { select: { articleId: true } },
} as const;

export type CommentRow = {
  id: string;
  annotationId: string;
  body: string;
  createdAt: Date;
  editedAt: Date | null;
  author: { id: string; name: string };
  annotation: { articleId: string };
};

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
