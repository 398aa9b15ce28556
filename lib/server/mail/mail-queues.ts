import "server-only";
import { z } from "zod";
import { defineJobQueue } from "@/lib/jobs/job-queue-definition";

/**
 * The mail queues. A notification's mail is retried with backoff for about a day and a half
 * (12 retries from 30 s, doubling) while the SMTP server is down; then it is marked `failed`,
 * logged, and kept in the dead-letter queue.
 */
export function defineMailQueues(options: { retryDelaySeconds?: number; retryLimit?: number } = {}) {
  const retry = { retryLimit: options.retryLimit ?? 12, retryDelaySeconds: options.retryDelaySeconds ?? 30, retryBackoff: true };
  return {
    /** One notification's e-mail (or its move to the digest, or its skipping). */
    notification: defineJobQueue({ name: "mail.notification", payload: z.object({ notificationId: z.string().min(1) }), ...retry, expireInSeconds: 120 }),
    /** Every minute: re-queues mail that is pending (e.g. its enqueue was lost to a crash) and frees stale claims. */
    sweep: defineJobQueue({ name: "mail.sweep", payload: z.object({}), retryLimit: 0, expireInSeconds: 120 }),
    /** Daily: one `mail.digest-user` job per person with digest items. */
    digest: defineJobQueue({ name: "mail.digest", payload: z.object({}), retryLimit: 3, retryDelaySeconds: 60, expireInSeconds: 300 }),
    /** One person's digest e-mail. */
    digestUser: defineJobQueue({ name: "mail.digest-user", payload: z.object({ userId: z.string().min(1) }), ...retry, expireInSeconds: 120 }),
  };
}

export type MailQueues = ReturnType<typeof defineMailQueues>;

/** The queues the app uses. */
export const mailQueues: MailQueues = defineMailQueues();
