import "server-only";
import { stableJobId } from "@/lib/jobs/job-queue-definition";
import { db } from "@/lib/server/db/prisma";
import type { JobRunner } from "@/lib/server/jobs/job-runner";
import type { MailQueues } from "./mail-queues";

/** A claim older than this is from a worker that stopped mid-send: the mail is tried again. */
const STALE_CLAIM_MS = 15 * 60_000;
const SWEEP_BATCH = 500;

/**
 * Queues the e-mail jobs of these notifications. Each gets a job id derived from the notification,
 * so queueing twice (after the change commits, then by the sweep) adds one job.
 */
export async function queueNotificationMail(runner: JobRunner, queues: MailQueues, notificationIds: readonly string[]): Promise<void> {
  for (const notificationId of notificationIds) {
    await runner.enqueue(queues.notification, { notificationId }, { id: await stableJobId(`mail.notification:${notificationId}`) });
  }
}

/**
 * The safety net behind queueing after commit: frees claims left by a worker that stopped
 * mid-send, then queues every notification whose mail is still pending (oldest first). A mail
 * is decided by its notification row, written in the change's own transaction, so no crash
 * between the commit and the queueing loses it.
 */
export async function sweepNotificationMail(runner: JobRunner, queues: MailQueues): Promise<{ requeued: number; freed: number }> {
  const freed = await db().notification.updateMany({ where: { mailStatus: "sending", mailAt: { lt: new Date(Date.now() - STALE_CLAIM_MS) } }, data: { mailStatus: "pending", mailAt: null } });
  const pending = await db().notification.findMany({ where: { mailStatus: "pending" }, orderBy: { createdAt: "asc" }, take: SWEEP_BATCH, select: { id: true } });
  await queueNotificationMail(
    runner,
    queues,
    pending.map((row) => row.id),
  );
  return { requeued: pending.length, freed: freed.count };
}

/** Queues one digest job per person with digest items, keyed by the day so a repeated run adds none. */
export async function queueDigests(runner: JobRunner, queues: MailQueues, userIds: readonly string[], day: string): Promise<void> {
  for (const userId of userIds) {
    await runner.enqueue(queues.digestUser, { userId }, { id: await stableJobId(`mail.digest:${userId}:${day}`) });
  }
}
