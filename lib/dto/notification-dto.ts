import type { NotificationType } from "../notifications/notification-types";

/** One notification as the inbox and `GET /api/notifications` show it. */
export type NotificationDto = {
  id: string;
  type: NotificationType;
  read: boolean;
  createdAt: string;
  actor: { id: string; name: string } | null;
  articleId: string;
  annotationId: string | null;
  text: string;
};

/** A page of one's inbox, unread first, newest first, with the unread count. */
export type NotificationPageDto = { notifications: NotificationDto[]; unread: number; nextCursor: string | null };
