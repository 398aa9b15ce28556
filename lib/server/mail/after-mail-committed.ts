import "server-only";
import { getAppConfig } from "@/lib/config/app-config";
import { backgroundJobsStarted, jobRunner } from "@/lib/server/jobs/job-runner-instance";
import { logger } from "@/lib/server/logger";
import { mailQueues } from "./mail-queues";
import { queueNotificationMail } from "./sweep-notification-mail";

/** Whether new notifications get an e-mail (SMTP configured). */
export function mailIsOn(): boolean {
  return Boolean(getAppConfig().SMTP_URL);
}

/**
 * Queues the mail of notifications that just committed, without holding up the request. Best
 * effort: if it fails (or this process runs no jobs), the minute sweep queues them.
 */
export function afterMailCommitted(notificationIds: readonly string[]): void {
  if (!backgroundJobsStarted()) return;
  queueNotificationMail(jobRunner(), mailQueues, notificationIds).catch((error: unknown) =>
    logger.warn({ err: error, notifications: notificationIds.length }, "could not queue notification e-mail; the sweep will"),
  );
}
