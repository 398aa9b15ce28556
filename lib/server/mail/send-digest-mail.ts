import "server-only";
import { composeDigestMail } from "@/lib/mail/notification-mail";
import { db } from "@/lib/server/db/prisma";
import type { MailContext } from "./deliver-notification-mail";
import { loadMailCandidates } from "./load-mail-candidates";

/** The people with notifications waiting for the daily digest. */
export async function listDigestRecipients(): Promise<string[]> {
  const rows = await db().notification.findMany({ where: { mailStatus: "digest" }, select: { recipientId: true }, distinct: ["recipientId"] });
  return rows.map((row) => row.recipientId);
}

/**
 * Sends one person's digest: claims every notification of theirs waiting for it (so a second run
 * finds nothing), leaves out what they already read in the app and what they may no longer see
 * or have since turned off, and sends one e-mail — none when nothing is left. If sending fails,
 * the items wait for the digest again and the error is rethrown (the job is retried).
 */
export async function sendDigestMail(userId: string, context: MailContext, attempt: { lastAttempt: boolean } = { lastAttempt: false }): Promise<{ sent: number; skipped: number }> {
  const claimed = await db().$queryRaw<{ id: string }[]>`
    UPDATE "Notification" SET "mailStatus" = 'sending', "mailAt" = now()
    WHERE "recipientId" = ${userId} AND "mailStatus" = 'digest' RETURNING "id"`;
  if (claimed.length === 0) return { sent: 0, skipped: 0 };
  const candidates = await loadMailCandidates(claimed.map((row) => row.id));
  const include = candidates.filter((candidate) => !candidate.read && candidate.delivery !== "off");
  const includedIds = new Set(include.map((candidate) => candidate.id));
  const skippedIds = claimed.map((row) => row.id).filter((id) => !includedIds.has(id));
  if (skippedIds.length) await db().notification.updateMany({ where: { id: { in: skippedIds }, mailStatus: "sending" }, data: { mailStatus: "skipped", mailAt: null } });
  if (include.length === 0) return { sent: 0, skipped: skippedIds.length };
  const ids = [...includedIds];
  try {
    const mail = composeDigestMail({ notifications: include.map((candidate) => candidate.notification), publicUrl: context.settings.publicUrl, words: include[0].words });
    await context.send({ ...mail, to: include[0].recipient.email });
  } catch (error) {
    await db().notification.updateMany({ where: { id: { in: ids }, mailStatus: "sending" }, data: { mailStatus: attempt.lastAttempt ? "failed" : "digest", mailAt: null } });
    throw error;
  }
  await db().notification.updateMany({ where: { id: { in: ids }, mailStatus: "sending" }, data: { mailStatus: "sent", mailAt: new Date() } });
  return { sent: ids.length, skipped: skippedIds.length };
}
