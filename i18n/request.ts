import { getRequestConfig } from "next-intl/server";
import { getRequestLocale } from "@/lib/server/i18n/request-locale";
import { loadMessages } from "@/lib/server/i18n/messages";

/** next-intl without locale routing: the language comes from the person or the browser, never the URL. */
export default getRequestConfig(async () => {
  const locale = await getRequestLocale();
  return { locale, messages: await loadMessages(locale), timeZone: "UTC" };
});
