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
export function notificationSubject(notification: Pick<MailNotification, "type" | "actorName" | "articleTitle">): string {
  const actor = oneLine(notification.actorName ?? "Someone", 60);
  const title = `“${oneLine(notification.articleTitle, TITLE_LENGTH)}”`;
  switch (notification.type) {
    case "assigned":
      return `${actor} assigned you to ${title}`;
    case "mentioned":
      return `${actor} mentioned you on ${title}`;
    case "review_requested":
      return `${actor} submitted annotations for review on ${title}`;
    case "annotation_approved":
      return `${actor} approved your annotation on ${title}`;
    case "annotation_rejected":
      return `${actor} rejected your annotation on ${title}`;
    case "annotation_changes_requested":
      return `${actor} sent back your annotation on ${title}`;
    case "thread_reply":
      return `${actor} replied in a thread on ${title}`;
    case "rereview_needed":
      return `Re-review needed on ${title}`;
    case "article_revised":
      return `${title} was revised`;
  }
}

const FOOTER_TEXT = "You get this e-mail from Factdesk. Choose what you get by e-mail";

function layoutHtml(body: string, settingsUrl: string): string {
  return [
    "<!doctype html>",
    '<html><head><meta charset="utf-8"><meta name="color-scheme" content="light"></head>',
    '<body style="font-family: system-ui, -apple-system, Segoe UI, sans-serif; color: #1f2937; line-height: 1.5;">',
    body,
    `<p style="color: #6b7280; font-size: 12px; margin-top: 24px;">${escapeHtml(FOOTER_TEXT)}: <a href="${escapeHtml(settingsUrl)}">${escapeHtml(settingsUrl)}</a></p>`,
    "</body></html>",
  ].join("\n");
}

/**
 * The e-mail of one notification, sent as it happens: a subject that says what happened, the
 * inbox text, the article's title and an absolute link to the annotation. Every value that people
 * typed (names, titles, reasons, quotes) is escaped in the HTML part.
 */
export function composeNotificationMail(input: { notification: MailNotification; publicUrl: string }): ComposedMail {
  const { notification, publicUrl } = input;
  const link = notificationUrl(notification, publicUrl);
  const settingsUrl = absolute(SETTINGS_PATH, publicUrl);
  const title = oneLine(notification.articleTitle, 200);
  const text = [notification.text, "", `Article: ${title}`, `Open it: ${link}`, "", "—", `${FOOTER_TEXT}: ${settingsUrl}`, ""].join("\n");
  const html = layoutHtml(
    [
      `<p>${escapeHtml(notification.text)}</p>`,
      `<p>Article: <strong>${escapeHtml(title)}</strong></p>`,
      `<p><a href="${escapeHtml(link)}" style="display: inline-block; padding: 8px 14px; background: #1d4ed8; color: #ffffff; border-radius: 6px; text-decoration: none;">Open in Factdesk</a></p>`,
      `<p style="font-size: 12px; color: #6b7280;">${escapeHtml(link)}</p>`,
    ].join("\n"),
    settingsUrl,
  );
  return { subject: notificationSubject(notification), text, html };
}

/**
 * The daily digest: one e-mail listing a person's notifications of the day (oldest first), each
 * with its article and link. Callers send nothing when there is nothing to list.
 */
export function composeDigestMail(input: { notifications: readonly MailNotification[]; publicUrl: string }): ComposedMail {
  const { notifications, publicUrl } = input;
  if (notifications.length === 0) throw new Error("A digest needs at least one notification");
  const settingsUrl = absolute(SETTINGS_PATH, publicUrl);
  const count = notifications.length;
  const subject = `Factdesk digest: ${count} notification${count === 1 ? "" : "s"}`;
  const items = [...notifications].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const text = [
    `${count} notification${count === 1 ? "" : "s"} since your last digest:`,
    "",
    ...items.flatMap((item) => [`• ${item.text}`, `  ${oneLine(item.articleTitle, 200)} — ${notificationUrl(item, publicUrl)}`, ""]),
    "—",
    `${FOOTER_TEXT}: ${settingsUrl}`,
    "",
  ].join("\n");
  const list = items
    .map((item) => {
      const link = notificationUrl(item, publicUrl);
      return `<li style="margin-bottom: 12px;">${escapeHtml(item.text)}<br><a href="${escapeHtml(link)}">${escapeHtml(oneLine(item.articleTitle, 200))}</a></li>`;
    })
    .join("\n");
  const html = layoutHtml(`<p>${count} notification${count === 1 ? "" : "s"} since your last digest:</p>\n<ul>\n${list}\n</ul>`, settingsUrl);
  return { subject, text, html };
}
