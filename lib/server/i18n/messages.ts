import "server-only";
import type { Locale } from "@/lib/i18n/locales";
import en from "@/messages/en.json";

/** The interface's messages of one language (messages/<locale>.json). */
export async function loadMessages(locale: Locale): Promise<typeof en> {
  if (locale === "en") return en;
  return (await import(`@/messages/${locale}.json`)).default as typeof en;
}
