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
