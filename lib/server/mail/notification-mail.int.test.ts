import { randomUUID } from "node:crypto";
import pg from "pg";
import pino from "pino";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { POST as postComment } from "@/app/api/annotations/[id]/comments/route";
import { newArticle, newDraft, person, step, submittedAnnotation, type TestPerson } from "@/app/api/annotations/review-fixtures.test-helper";
import type { MailSettings } from "@/lib/config/mail-settings";
import { stableJobId } from "@/lib/jobs/job-queue-definition";
import { db } from "@/lib/server/db/prisma";
import { JobRunner } from "@/lib/server/jobs/job-runner";
import { callRoute } from "@/test/integration/api-client";
import { SmtpCatcher } from "@/test/mail/smtp-catcher";
import { deliverNotificationMail, type MailContext } from "./deliver-notification-mail";
import { defineMailQueues } from "./mail-queues";
import { mailRegistrations } from "./mail-jobs";
import { smtpSender } from "./mail-transport";
import { listDigestRecipients, sendDigestMail } from "./send-digest-mail";
import { queueNotificationMail, sweepNotificationMail } from "./sweep-notification-mail";

// Mail is on for this file: new notifications are written with their mail pending.
process.env.SMTP_URL = "smtp://127.0.0.1:9";

const catcher = new SmtpCatcher();
let context: MailContext;
const runners: JobRunner[] = [];
const schemas: string[] = [];

function settingsFor(smtpUrl: string): MailSettings {
  return { smtpUrl, from: "Factdesk <desk@test.example>", publicUrl: "https://desk.example.org", digestHour: 7, digestTimeZone: "UTC" };
}

beforeAll(async () => {
  await catcher.start();
  const settings = settingsFor(catcher.url);
  context = { settings, send: smtpSender(settings) };
});
afterEach(async () => {
  await Promise.all(runners.splice(0).map((runner) => runner.stop()));
});
afterAll(async () => {
  await catcher.stop();
  const client = new pg.Client({ connectionString: inject("databaseUrl") });
  await client.connect();
  for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client.end();
});

const comment = (who: TestPerson, annotationId: string, body: string, mentions?: string[]) =>
  callRoute(postComment, { method: "POST", token: who.token, params: { id: annotationId }, body: { body, ...(mentions ? { mentions } : {}) } });

async function notificationOf(recipient: TestPerson, type: string, annotationId: string) {
  return db().notification.findFirstOrThrow({ where: { recipientId: recipient.id, type, annotationId } });
}

const mailTo = (who: TestPerson) => catcher.messages.filter((mail) => mail.to.includes(who.email));

async function mention() {
  const [author, reviewer] = [await person("editor", "Mailwriter"), await person("reviewer", "Mailreader")];
  const article = await newArticle(undefined, "Budget <b>2026</b>");
  const draft = await newDraft(author, article.id, "Was it true?");
  expect((await comment(author, draft.id, `@${reviewer.name} can you check this?`, [reviewer.id])).status).toBe(201);
  return { author, reviewer, article, draft, notification: await notificationOf(reviewer, "mentioned", draft.id) };
}

describe("a notification's e-mail", () => {
  it("is written in the recipient's chosen language: subject, text and the words around it", async () => {
    const { author, reviewer, notification } = await mention();
    await db().user.update({ where: { id: reviewer.id }, data: { locale: "ur" } });
    expect(await deliverNotificationMail(notification.id, context)).toBe("sent");
    const mail = await catcher.waitFor((one) => one.to.includes(reviewer.email));
    expect(mail.subject).toBe(`${author.name} نے “Budget <b>2026</b>” پر آپ کا ذکر کیا`);
    expect(mail.text).toContain(`${author.name} نے “Was it true?” پر آپ کا ذکر کیا`);
    expect(mail.text).toContain("مضمون: Budget <b>2026</b>");
    expect(mail.html).toContain('<html lang="ur" dir="rtl">');
    expect(mail.html).toContain("Factdesk میں کھولیں");
  });

  it("is written pending with the notification, then sent once with a link to the annotation", async () => {
    const { author, reviewer, article, draft, notification } = await mention();
    expect(notification.mailStatus).toBe("pending");
    expect(await deliverNotificationMail(notification.id, context)).toBe("sent");
    const mail = await catcher.waitFor((one) => one.to.includes(reviewer.email));
    expect(mail.subject).toBe(`${author.name} mentioned you on “Budget <b>2026</b>”`);
    expect(mail.text).toContain(`https://desk.example.org/articles/${article.id}?annotation=${draft.id}`);
    expect(mail.text).toContain(`${author.name} mentioned you`);
    expect(mail.html).toContain(`href="https://desk.example.org/articles/${article.id}?annotation=${draft.id}"`);
    expect(mail.html).toContain("Budget &lt;b&gt;2026&lt;/b&gt;");
    expect(mail.from).toBe("desk@test.example");

    expect(await deliverNotificationMail(notification.id, context)).toBe("not_pending");
    expect(mailTo(reviewer)).toHaveLength(1);
    expect(mailTo(author)).toHaveLength(0);
    expect((await db().notification.findUniqueOrThrow({ where: { id: notification.id } })).mailStatus).toBe("sent");
  });

  it("is not sent when the person turned that kind off", async () => {
    const [author, reviewer] = [await person("editor"), await person("reviewer")];
    await db().notificationMailPreference.create({ data: { userId: reviewer.id, kind: "mentioned", delivery: "off" } });
    const article = await newArticle();
    const draft = await newDraft(author, article.id, "Critics disagreed!");
    await comment(author, draft.id, `@${reviewer.name} look`, [reviewer.id]);
    const notification = await notificationOf(reviewer, "mentioned", draft.id);
    expect(await deliverNotificationMail(notification.id, context)).toBe("skipped");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mailTo(reviewer)).toHaveLength(0);
  });

  it("is not sent to someone deactivated since", async () => {
    const { reviewer, notification } = await mention();
    await db().user.update({ where: { id: reviewer.id }, data: { active: false } });
    expect(await deliverNotificationMail(notification.id, context)).toBe("skipped");
    expect(mailTo(reviewer)).toHaveLength(0);
  });

  it("is not sent when the article was deleted since", async () => {
    const { reviewer, article, notification } = await mention();
    await db().article.update({ where: { id: article.id }, data: { deletedAt: new Date() } });
    expect(await deliverNotificationMail(notification.id, context)).toBe("skipped");
    expect(mailTo(reviewer)).toHaveLength(0);
  });

  it("waits while the SMTP server is down, then arrives exactly once", async () => {
    const down = new SmtpCatcher();
    await down.start();
    const port = down.port;
    await down.stop();
    const schema = `pgboss_mail_${randomUUID().slice(0, 8)}`;
    schemas.push(schema);
    const runner = new JobRunner({ connectionString: inject("databaseUrl"), logger: pino({ level: "silent" }), pollingIntervalSeconds: 0.5, schema, stopTimeoutSeconds: 2 });
    runners.push(runner);
    const queues = defineMailQueues({ retryDelaySeconds: 1 });
    const settings = settingsFor(`smtp://127.0.0.1:${port}`);
    for (const registration of mailRegistrations(() => runner, queues, { settings, send: smtpSender(settings) })) await registration.start(runner);

    const { reviewer, notification } = await mention();
    await queueNotificationMail(runner, queues, [notification.id]);
    await queueNotificationMail(runner, queues, [notification.id]); // queued twice (commit hook and sweep): one job
    const deadline = Date.now() + 20_000;
    // The first attempt fails on the closed port; the mail goes back to pending for the retry.
    const jobId = await stableJobId(`mail.notification:${notification.id}`);
    for (;;) {
      const state = await runner.jobState(queues.notification, jobId);
      if (state === "retry") break;
      if (Date.now() > deadline) throw new Error(`job never failed an attempt (state ${state})`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect((await db().notification.findUniqueOrThrow({ where: { id: notification.id } })).mailStatus).toBe("pending");

    const back = new SmtpCatcher(port);
    await back.start();
    try {
      const mail = await back.waitFor((one) => one.to.includes(reviewer.email), 30_000);
      expect(mail.subject).toMatch(/mentioned you/);
      // The sweep finds nothing more to send for it.
      await sweepNotificationMail(runner, queues);
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      expect(back.messages.filter((one) => one.to.includes(reviewer.email))).toHaveLength(1);
      expect((await db().notification.findUniqueOrThrow({ where: { id: notification.id } })).mailStatus).toBe("sent");
    } finally {
      await back.stop();
    }
  });

  it("is queued by the sweep when it was never queued (a crash between commit and queueing)", async () => {
    const schema = `pgboss_mail_${randomUUID().slice(0, 8)}`;
    schemas.push(schema);
    const runner = new JobRunner({ connectionString: inject("databaseUrl"), logger: pino({ level: "silent" }), pollingIntervalSeconds: 0.5, schema, stopTimeoutSeconds: 2 });
    runners.push(runner);
    const queues = defineMailQueues({ retryDelaySeconds: 1 });
    for (const registration of mailRegistrations(() => runner, queues, context)) await registration.start(runner);
    const { reviewer } = await mention();
    const { requeued } = await sweepNotificationMail(runner, queues);
    expect(requeued).toBeGreaterThanOrEqual(1);
    await catcher.waitFor((one) => one.to.includes(reviewer.email));
  });
});

describe("the daily digest", () => {
  async function approvals(count: number) {
    const [author, reviewer] = [await person("editor", "Dee"), await person("reviewer", "Gest")];
    const article = await newArticle(undefined, "Digest article");
    const texts = ["taxes fell by 3.5 percent", "Critics disagreed!", "Was it true?"].slice(0, count);
    const ids: string[] = [];
    for (const exact of texts) {
      const annotation = await submittedAnnotation(author, article.id, exact);
      expect((await step("approve", reviewer, annotation.id, { version: annotation.version })).status).toBe(200);
      const notification = await notificationOf(author, "annotation_approved", annotation.id);
      // Approvals go to the digest by default.
      expect(await deliverNotificationMail(notification.id, context)).toBe("digest");
      ids.push(notification.id);
    }
    return { author, reviewer, article, ids };
  }

  it("collects a person's items into one e-mail, sent once", async () => {
    const { author, ids } = await approvals(2);
    expect(mailTo(author)).toHaveLength(0);
    expect(await listDigestRecipients()).toContain(author.id);
    expect(await sendDigestMail(author.id, context)).toEqual({ sent: 2, skipped: 0 });
    const mail = await catcher.waitFor((one) => one.to.includes(author.email));
    expect(mail.subject).toBe("Factdesk digest: 2 notifications");
    expect(mail.text).toContain("Digest article");
    for (const id of ids) {
      const row = await db().notification.findUniqueOrThrow({ where: { id } });
      expect(row.mailStatus).toBe("sent");
      expect(mail.text).toContain(`?annotation=${row.annotationId}`);
    }
    expect(await sendDigestMail(author.id, context)).toEqual({ sent: 0, skipped: 0 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mailTo(author)).toHaveLength(1);
    expect(await listDigestRecipients()).not.toContain(author.id);
  });

  it("sends nothing when everything was read in the app already", async () => {
    const { author, ids } = await approvals(1);
    await db().notification.updateMany({ where: { id: { in: ids } }, data: { read: true, readAt: new Date() } });
    expect(await sendDigestMail(author.id, context)).toEqual({ sent: 0, skipped: 1 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mailTo(author)).toHaveLength(0);
  });

  it("sends nothing to someone deactivated, and nothing to someone without items", async () => {
    const { author } = await approvals(1);
    await db().user.update({ where: { id: author.id }, data: { active: false } });
    expect(await sendDigestMail(author.id, context)).toEqual({ sent: 0, skipped: 1 });
    const nobody = await person("editor");
    expect(await sendDigestMail(nobody.id, context)).toEqual({ sent: 0, skipped: 0 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mailTo(author)).toHaveLength(0);
    expect(mailTo(nobody)).toHaveLength(0);
  });
});
