import { useCallback } from "react";
import { useLocale, useTranslations } from "next-intl";
import { validationMessageOf } from "@/lib/validations/validation-messages";

/**
 * How a form words a field problem: in English the server's or schema's own message; in another
 * language its translation (lib/validations/validation-messages), or a general "not valid" for
 * wording the catalogue does not know. Works in server and client components alike.
 */
export function useFieldErrorText(): (message: string) => string {
  const locale = useLocale();
  const t = useTranslations("validation");
  return useCallback(
    (message: string) => {
      if (locale === "en") return message;
      const known = validationMessageOf(message);
      return known ? t(known.key, known.values) : t("unknown");
    },
    [locale, t],
  );
}
