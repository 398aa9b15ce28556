import "server-only";
import { allows } from "@/lib/policy/policy";
import type { MailNotification, MailWords } from "@/lib/mail/notification-mail";
import { hasNotificationParams } from "@/lib/notifications/notification-text";
import { mailDeliveryFor, type MailDelivery } from "@/lib/notifications/mail-preferences";
import type { NotificationType } from "@/lib/notifications/notification-types";
import type { Role } from "@/lib/domain/roles";
import { db } from "@/lib/server/db/prisma";
import { mailLanguageFor } from "./mail-words";

/** A claimed notification with what deciding and composing its mail needs. */
export type MailCandidate = {
  id: string;
  read: boolean;
  notification: MailNotification;
  recipient: { id: string; email: string; name: string };
  /** What the recipient wants for this kind now; "off" also when they may no longer read the article. */
  delivery: MailDelivery;
  /** The recipient's language for the words around the notification (its text is already in it). */
  words: MailWords;
};

/**
 * Loads notifications for mailing, with their recipient's current account and preferences: a
 * deactivated recipient, one the policy no longer lets read the article, or a deleted article,
 * makes the delivery "off".
 */
export async function loadMailCandidates(ids: readonly string[]): Promise<MailCandidate[]> {
  if (ids.length === 0) return [];
  const rows = await db().notification.findMany({
    where: { id: { in: [...ids] } },
    select: {
      id: true,
      type: true,
      text: true,
      params: true,
      read: true,
      articleId: true,
      annotationId: true,
      createdAt: true,
      actor: { select: { name: true } },
      recipient: { select: { id: true, email: true, name: true, role: true, active: true, mustChangePassword: true, locale: true, mailPreferences: { select: { kind: true, delivery: true } } } },
    },
  });
  const articles = await db().article.findMany({ where: { id: { in: [...new Set(rows.map((row) => row.articleId))] } }, select: { id: true, title: true, deletedAt: true } });
  const articleById = new Map(articles.map((article) => [article.id, article]));
  const languages = new Map(await Promise.all([...new Set(rows.map((row) => row.recipient.locale))].map(async (locale) => [locale, await mailLanguageFor(locale)] as const)));
  return rows.map((row) => {
    const language = languages.get(row.recipient.locale)!;
    const article = articleById.get(row.articleId);
    const recipient = row.recipient;
    const mayRead =
      Boolean(article && !article.deletedAt) && allows({ id: recipient.id, role: recipient.role as Role, active: recipient.active, mustChangePassword: recipient.mustChangePassword }, "article.read");
    return {
      id: row.id,
      read: row.read,
      recipient: { id: recipient.id, email: recipient.email, name: recipient.name },
      delivery: mayRead ? mailDeliveryFor(row.type, recipient.mailPreferences) : "off",
      words: language.words,
      notification: {
        type: row.type as NotificationType,
        text: language.notificationText(row.type as NotificationType, hasNotificationParams(row.params) ? row.params : null, row.text),
        actorName: row.actor?.name ?? null,
        articleId: row.articleId,
        annotationId: row.annotationId,
        articleTitle: article?.title ?? "an article",
        createdAt: row.createdAt,
      },
    };
  });
}
