import "server-only";
import { getAppConfig } from "@/lib/config/app-config";
import { digestCron, mailSettingsOf, type MailSettings } from "@/lib/config/mail-settings";
import type { JobRunner } from "@/lib/server/jobs/job-runner";
import { jobRegistration, type JobRegistration } from "@/lib/server/jobs/job-runner-instance";
import { deliverNotificationMail, type MailContext } from "./deliver-notification-mail";
import { mailQueues, type MailQueues } from "./mail-queues";
import { smtpSender } from "./mail-transport";
import { listDigestRecipients, sendDigestMail } from "./send-digest-mail";
import { queueDigests, sweepNotificationMail } from "./sweep-notification-mail";

/** Today's date (YYYY-MM-DD) in the digest's time zone: the key that makes one digest a day. */
export function digestDay(now: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** The mail workers and schedules, for a runner, queues and a way to send (the app's, or a test's). */
export function mailRegistrations(runner: () => JobRunner, queues: MailQueues, context: MailContext): JobRegistration[] {
  const { settings } = context;
  return [
    jobRegistration(queues.notification, async ({ notificationId }, job) => void (await deliverNotificationMail(notificationId, context, job))),
    jobRegistration(queues.sweep, async () => void (await sweepNotificationMail(runner(), queues)), { cron: "* * * * *", payload: {} }),
    jobRegistration(queues.digest, async () => queueDigests(runner(), queues, await listDigestRecipients(), digestDay(new Date(), settings.digestTimeZone)), {
      cron: digestCron(settings),
      payload: {},
      tz: settings.digestTimeZone,
    }),
    jobRegistration(queues.digestUser, async ({ userId }, job) => void (await sendDigestMail(userId, context, job))),
  ];
}

/** Whether e-mail is on in this process (SMTP_URL set), and its settings. */
export function appMailSettings(): MailSettings | null {
  return mailSettingsOf(getAppConfig());
}

/** The app's mail jobs: none (and no schedules left behind) unless SMTP is configured. */
export function appMailRegistrations(runner: () => JobRunner): JobRegistration[] {
  const settings = appMailSettings();
  if (!settings) return [mailQueues.sweep, mailQueues.digest].map((queue) => ({ queue, start: (instance: JobRunner) => instance.unschedule(queue) }));
  return mailRegistrations(runner, mailQueues, { settings, send: smtpSender(settings) });
}
