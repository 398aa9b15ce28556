import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { resolveLocale, type Locale } from "@/lib/i18n/locales";
import { getCurrentUser } from "@/lib/server/auth/current-user";

/** The interface language of this request: the signed-in person's setting, else the browser's, else English. */
export const getRequestLocale = cache(async (): Promise<Locale> => {
  const user = await getCurrentUser().catch(() => null);
  const acceptLanguage = (await headers()).get("accept-language");
  return resolveLocale(user?.locale, acceptLanguage);
});
