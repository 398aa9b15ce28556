"use client";

import { useCallback } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { AppError } from "@/lib/dto/app-error";

/**
 * How the UI words an error from a server action: in English the server's own message (it names
 * what went wrong precisely); in another language the translated text of its code, which the
 * server's English message then details (an import's failure by its own code).
 */
export function useErrorText(): (error: Pick<AppError, "code" | "message" | "details">) => string {
  const locale = useLocale();
  const t = useTranslations("errors");
  return useCallback(
    (error) => {
      if (locale === "en") return error.message;
      // An import names what went wrong with the file or page (`details.importError`).
      const importError = error.details?.importError;
      if (typeof importError === "string" && t.has(`import.${importError}`)) return t(`import.${importError}`);
      return t(error.code);
    },
    [locale, t],
  );
}
