import "server-only";
import type { MailSettings } from "@/lib/config/mail-settings";
import { composeNotificationMail } from "@/lib/mail/notification-mail";
import { db } from "@/lib/server/db/prisma";
import { logger } from "@/lib/server/logger";
import { loadMailCandidates } from "./load-mail-candidates";
import type { SendMail } from "./mail-transport";

/** How mail is sent in this process (the SMTP settings and sender; tests bring their own). */
export type MailContext = { settings: MailSettings; send: SendMail };

export type NotificationMailOutcome = "sent" | "digest" | "skipped" | "not_pending";

async function settle(id: string, mailStatus: string, mailAt: Date | null): Promise<void> {
  await db().notification.updateMany({ where: { id, mailStatus: "sending" }, data: { mailStatus, mailAt } });
}

/**
 * Handles one notification's e-mail, at most once: claims it (`pending` → `sending`; anyone else's
 * claim or a finished one makes this a no-op), then sends it, moves it to the digest, or skips it
 * (preference off, recipient deactivated or no longer allowed to read the article). When sending
 * fails it goes back to `pending` and the error is rethrown so the job is retried — on the last
 * attempt it is marked `failed` instead.
 */
export async function deliverNotificationMail(notificationId: string, context: MailContext, attempt: { lastAttempt: boolean } = { lastAttempt: false }): Promise<NotificationMailOutcome> {
  const claimed = await db().notification.updateMany({ where: { id: notificationId, mailStatus: "pending" }, data: { mailStatus: "sending", mailAt: new Date() } });
  if (claimed.count === 0) return "not_pending";
  const [candidate] = await loadMailCandidates([notificationId]);
  if (!candidate) return "not_pending";
  if (candidate.delivery === "off") {
    await settle(notificationId, "skipped", null);
    return "skipped";
  }
  if (candidate.delivery === "digest") {
    await settle(notificationId, "digest", null);
    return "digest";
  }
  try {
    const mail = composeNotificationMail({ notification: candidate.notification, publicUrl: context.settings.publicUrl, words: candidate.words });
    await context.send({ ...mail, to: candidate.recipient.email });
  } catch (error) {
    await settle(notificationId, attempt.lastAttempt ? "failed" : "pending", null);
    if (attempt.lastAttempt) logger.error({ err: error, notificationId }, "notification e-mail failed for good");
    throw error;
  }
  await settle(notificationId, "sent", new Date());
  return "sent";
}
