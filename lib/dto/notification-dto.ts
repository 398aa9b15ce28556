import type { NotificationParams, NotificationType } from "../notifications/notification-types";
import type { MailDelivery } from "../notifications/mail-preferences";

/** One notification as the inbox and `GET /api/notifications` show it. */
export type NotificationDto = {
  id: string;
  type: NotificationType;
  read: boolean;
  createdAt: string;
  actor: { id: string; name: string } | null;
  articleId: string;
  annotationId: string | null;
  /** In English. */
  text: string;
  /** Its parts, for wording it in another language; null for notifications written before they were kept. */
  params: NotificationParams | null;
};

/** A page of one's inbox, unread first, newest first, with the unread count. */
export type NotificationPageDto = { notifications: NotificationDto[]; unread: number; nextCursor: string | null };

/** One's e-mail choices (`GET /api/notifications/preferences`): every kind, with the defaults and whether the desk sends mail at all. */
export type MailPreferencesDto = {
  /** False when the desk has no SMTP server configured: choices are kept but nothing is sent. */
  mailEnabled: boolean;
  preferences: Record<NotificationType, MailDelivery>;
  defaults: Record<NotificationType, MailDelivery>;
  /** When the daily digest goes out: hour (0–23) in `digestTimeZone`. */
  digestHour: number;
  digestTimeZone: string;
};
