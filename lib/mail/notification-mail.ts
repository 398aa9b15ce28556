import { escapeHtml } from "../export/html-escape";
import { notificationHref, type NotificationType } from "../notifications/notification-types";

/** A notification as a mail tells it (what the inbox shows, plus the article's title). */
export type MailNotification = {
  type: NotificationType;
  /** The inbox line, e.g. "Riya rejected your annotation “…”: reason". */
  text: string;
  actorName: string | null;
  articleId: string;
  annotationId: string | null;
  articleTitle: string;
  createdAt: Date;
};

/** What a notification e-mail says around the notification's own text, in the recipient's language. */
export type MailWords = {
  lang: string;
  dir: "ltr" | "rtl";
  someone: string;
  subject: Record<NotificationType, (actor: string, title: string) => string>;
  /** "Article:", before the article's title. */
  articleLabel: string;
  openIt(link: string): string;
  openButton: string;
  footer: string;
  digestSubject(count: number): string;
  digestIntro(count: number): string;
};

const plural = (count: number, one: string, other: string) => (count === 1 ? one : other);

/** The English wording (the default). */
export const ENGLISH_MAIL: MailWords = {
  lang: "en",
  dir: "ltr",
  someone: "Someone",
  subject: {
    assigned: (actor, title) => `${actor} assigned you to ${title}`,
    mentioned: (actor, title) => `${actor} mentioned you on ${title}`,
    review_requested: (actor, title) => `${actor} submitted annotations for review on ${title}`,
    annotation_approved: (actor, title) => `${actor} approved your annotation on ${title}`,
    annotation_rejected: (actor, title) => `${actor} rejected your annotation on ${title}`,
    annotation_changes_requested: (actor, title) => `${actor} sent back your annotation on ${title}`,
    thread_reply: (actor, title) => `${actor} replied in a thread on ${title}`,
    rereview_needed: (_actor, title) => `Re-review needed on ${title}`,
    article_revised: (_actor, title) => `${title} was revised`,
  },
  articleLabel: "Article:",
  openIt: (link) => `Open it: ${link}`,
  openButton: "Open in Factdesk",
  footer: "You get this e-mail from Factdesk. Choose what you get by e-mail",
  digestSubject: (count) => `Factdesk digest: ${count} ${plural(count, "notification", "notifications")}`,
  digestIntro: (count) => `${count} ${plural(count, "notification", "notifications")} since your last digest:`,
};

/** A composed e-mail: plain text and HTML parts of the same message. */
export type ComposedMail = { subject: string; text: string; html: string };

const TITLE_LENGTH = 80;
const SETTINGS_PATH = "/settings#email";

function isControl(char: string): boolean {
  const code = char.codePointAt(0)!;
  return code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029;
}

/** Header-safe one-line text: no line breaks or control characters (they could start new headers), shortened. */
export function oneLine(value: string, max: number): string {
  const flat = [...value]
    .map((char) => (isControl(char) ? " " : char))
    .join("")
    .replace(/\s+/g, " ")
    .trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** The absolute address of a notification's annotation (or article) on the desk at `publicUrl`. */
export function notificationUrl(notification: Pick<MailNotification, "articleId" | "annotationId">, publicUrl: string): string {
  return absolute(notificationHref(notification), publicUrl);
}

function withSlash(url: string): string {
  return url.endsWith("/") ? url : `${url}/`;
}

function absolute(path: string, publicUrl: string): string {
  return new URL(path.replace(/^\//, ""), withSlash(publicUrl)).toString();
}

/** The subject line: who did what, on which article. */
export function notificationSubject(notification: Pick<MailNotification, "type" | "actorName" | "articleTitle">, words: MailWords = ENGLISH_MAIL): string {
  const actor = oneLine(notification.actorName ?? words.someone, 60);
  const title = `“${oneLine(notification.articleTitle, TITLE_LENGTH)}”`;
  return words.subject[notification.type](actor, title);
}

function layoutHtml(body: string, settingsUrl: string, words: MailWords): string {
  return [
    "<!doctype html>",
    `<html lang="${escapeHtml(words.lang)}" dir="${words.dir}"><head><meta charset="utf-8"><meta name="color-scheme" content="light"></head>`,
    '<body style="font-family: system-ui, -apple-system, Segoe UI, sans-serif; color: #1f2937; line-height: 1.5;">',
    body,
    `<p style="color: #6b7280; font-size: 12px; margin-top: 24px;">${escapeHtml(words.footer)}: <a href="${escapeHtml(settingsUrl)}">${escapeHtml(settingsUrl)}</a></p>`,
    "</body></html>",
  ].join("\n");
}

/**
 * The e-mail of one notification, sent as it happens: a subject that says what happened, the
 * inbox text, the article's title and an absolute link to the annotation. Every value that people
 * typed (names, titles, reasons, quotes) is escaped in the HTML part.
 */
export function composeNotificationMail(input: { notification: MailNotification; publicUrl: string; words?: MailWords }): ComposedMail {
  const { notification, publicUrl, words = ENGLISH_MAIL } = input;
  const link = notificationUrl(notification, publicUrl);
  const settingsUrl = absolute(SETTINGS_PATH, publicUrl);
  const title = oneLine(notification.articleTitle, 200);
  const text = [notification.text, "", `${words.articleLabel} ${title}`, words.openIt(link), "", "—", `${words.footer}: ${settingsUrl}`, ""].join("\n");
  const html = layoutHtml(
    [
      `<p dir="auto">${escapeHtml(notification.text)}</p>`,
      `<p>${escapeHtml(words.articleLabel)} <strong dir="auto">${escapeHtml(title)}</strong></p>`,
      `<p><a href="${escapeHtml(link)}" style="display: inline-block; padding: 8px 14px; background: #1d4ed8; color: #ffffff; border-radius: 6px; text-decoration: none;">${escapeHtml(words.openButton)}</a></p>`,
      `<p style="font-size: 12px; color: #6b7280;">${escapeHtml(link)}</p>`,
    ].join("\n"),
    settingsUrl,
    words,
  );
  return { subject: notificationSubject(notification, words), text, html };
}

/**
 * The daily digest: one e-mail listing a person's notifications of the day (oldest first), each
 * with its article and link. Callers send nothing when there is nothing to list.
 */
export function composeDigestMail(input: { notifications: readonly MailNotification[]; publicUrl: string; words?: MailWords }): ComposedMail {
  const { notifications, publicUrl, words = ENGLISH_MAIL } = input;
  if (notifications.length === 0) throw new Error("A digest needs at least one notification");
  const settingsUrl = absolute(SETTINGS_PATH, publicUrl);
  const count = notifications.length;
  const subject = words.digestSubject(count);
  const items = [...notifications].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const text = [
    words.digestIntro(count),
    "",
    ...items.flatMap((item) => [`• ${item.text}`, `  ${oneLine(item.articleTitle, 200)} — ${notificationUrl(item, publicUrl)}`, ""]),
    "—",
    `${words.footer}: ${settingsUrl}`,
    "",
  ].join("\n");
  const list = items
    .map((item) => {
      const link = notificationUrl(item, publicUrl);
      return `<li style="margin-bottom: 12px;"><span dir="auto">${escapeHtml(item.text)}</span><br><a href="${escapeHtml(link)}">${escapeHtml(oneLine(item.articleTitle, 200))}</a></li>`;
    })
    .join("\n");
  const html = layoutHtml(`<p>${escapeHtml(words.digestIntro(count))}</p>\n<ul>\n${list}\n</ul>`, settingsUrl, words);
  return { subject, text, html };
}
