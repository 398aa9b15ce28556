import "server-only";
import { allows } from "@/lib/policy/policy";
import type { MailNotification } from "@/lib/mail/notification-mail";
import { mailDeliveryFor, type MailDelivery } from "@/lib/notifications/mail-preferences";
import type { NotificationType } from "@/lib/notifications/notification-types";
import type { Role } from "@/lib/domain/roles";
import { db } from "@/lib/server/db/prisma";

/** A claimed notification with what deciding and composing its mail needs. */
export type MailCandidate = {
  id: string;
  read: boolean;
  notification: MailNotification;
  recipient: { id: string; email: string; name: string };
  /** What the recipient wants for this kind now; "off" also when they may no longer read the article. */
  delivery: MailDelivery;
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
      read: true,
      articleId: true,
      annotationId: true,
      createdAt: true,
      actor: { select: { name: true } },
      recipient: { select: { id: true, email: true, name: true, role: true, active: true, mustChangePassword: true, mailPreferences: { select: { kind: true, delivery: true } } } },
    },
  });
  const articles = await db().article.findMany({ where: { id: { in: [...new Set(rows.map((row) => row.articleId))] } }, select: { id: true, title: true, deletedAt: true } });
  const articleById = new Map(articles.map((article) => [article.id, article]));
  return rows.map((row) => {
    const article = articleById.get(row.articleId);
    const recipient = row.recipient;
    const mayRead =
      Boolean(article && !article.deletedAt) && allows({ id: recipient.id, role: recipient.role as Role, active: recipient.active, mustChangePassword: recipient.mustChangePassword }, "article.read");
    return {
      id: row.id,
      read: row.read,
      recipient: { id: recipient.id, email: recipient.email, name: recipient.name },
      delivery: mayRead ? mailDeliveryFor(row.type, recipient.mailPreferences) : "off",
      notification: {
        type: row.type as NotificationType,
        text: row.text,
        actorName: row.actor?.name ?? null,
        articleId: row.articleId,
        annotationId: row.annotationId,
        articleTitle: article?.title ?? "an article",
        createdAt: row.createdAt,
      },
    };
  });
}
