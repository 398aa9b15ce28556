"use client";

import { useCallback } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { AppError } from "@/lib/dto/app-error";

/**
 * How the UI words an error from a server action: in English the server's own message (it names
 * what went wrong precisely); in another language the translated text of its code, which the
 * server's English message then details.
 */
export function useErrorText(): (error: Pick<AppError, "code" | "message">) => string {
  const locale = useLocale();
  const t = useTranslations("errors");
  return useCallback((error) => (locale === "en" ? error.message : t(error.code)), [locale, t]);
}
