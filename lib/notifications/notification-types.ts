/** What a notification tells its recipient. */
export const NOTIFICATION_TYPES = [
  "assigned",
  "mentioned",
  "review_requested",
  "annotation_approved",
  "annotation_rejected",
  "annotation_changes_requested",
  "thread_reply",
  "rereview_needed",
  "article_revised",
] as const;

/** One of {@link NOTIFICATION_TYPES}. */
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

/** A notification to write: who gets it, about what, caused by whom. */
export type NotificationDraft = {
  recipientId: string;
  type: NotificationType;
  actorId: string | null;
  articleId: string;
  /** The annotation it links to (the article page focuses its card). */
  annotationId: string | null;
  /** In English, as the API and older clients read it. */
  text: string;
  /** What the text says, for wording it in the reader's language (`notifications.text.<type>`). */
  params: NotificationParams;
};

/**
 * The parts of a notification's text: who acted, the annotation's quote, a reviewer's reason, the
 * role and due date of an assignment, how many annotations, the revision and what it did to them.
 */
export type NotificationParams = {
  actor?: string;
  quote?: string;
  reason?: string;
  role?: "annotate" | "review";
  due?: string;
  count?: number;
  result?: "changed" | "orphaned";
  revision?: number;
  changed?: number;
  orphaned?: number;
};

/** Where a notification leads: the article page, focused on the annotation's card. */
export function notificationHref(notification: { articleId: string; annotationId: string | null }): string {
  const base = `/articles/${encodeURIComponent(notification.articleId)}`;
  return notification.annotationId ? `${base}?annotation=${encodeURIComponent(notification.annotationId)}` : base;
}
