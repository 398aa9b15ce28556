import "server-only";
import { createTranslator } from "next-intl";
import { directionOf, isLocale, type Locale } from "@/lib/i18n/locales";
import { ENGLISH_MAIL, type MailWords } from "@/lib/mail/notification-mail";
import { notificationMessageValues } from "@/lib/notifications/notification-text";
import { NOTIFICATION_TYPES, type NotificationParams, type NotificationType } from "@/lib/notifications/notification-types";
import { loadMessages } from "@/lib/server/i18n/messages";

/** What an e-mail to one person needs in their language: the words around it and each notification's text. */
export type MailLanguage = { words: MailWords; notificationText(type: NotificationType, params: NotificationParams | null, english: string): string };

const ENGLISH: MailLanguage = { words: ENGLISH_MAIL, notificationText: (_type, _params, english) => english };

/**
 * The language of a person's e-mails: the interface language they chose, else English (an e-mail
 * has no browser to ask). A notification written before its parts were kept stays in English.
 */
export async function mailLanguageFor(saved: string | null | undefined): Promise<MailLanguage> {
  if (!isLocale(saved) || saved === "en") return ENGLISH;
  const locale: Locale = saved;
  const messages = await loadMessages(locale);
  const mail = createTranslator({ locale, messages, namespace: "mail" });
  const notifications = createTranslator({ locale, messages, namespace: "notifications" });
  const subject = Object.fromEntries(NOTIFICATION_TYPES.map((type) => [type, (actor: string, title: string) => mail(`subject.${type}`, { actor, title })])) as MailWords["subject"];
  const words: MailWords = {
    lang: locale,
    dir: directionOf(locale),
    someone: notifications("someone"),
    subject,
    articleLabel: mail("articleLabel"),
    openIt: (link) => mail("openIt", { link }),
    openButton: mail("openButton"),
    footer: mail("footer"),
    digestSubject: (count) => mail("digestSubject", { count }),
    digestIntro: (count) => mail("digestIntro", { count }),
  };
  const fallbacks = { someone: notifications("someone"), anAnnotation: notifications("anAnnotation") };
  return {
    words,
    notificationText: (type, params, english) => (params ? notifications(`text.${type}`, notificationMessageValues(params, fallbacks)) : english),
  };
}
