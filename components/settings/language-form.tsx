"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { setLanguageAction } from "@/app/(app)/settings/actions";
import { Alert } from "@/components/ui/alert";
import { SelectField } from "@/components/ui/field";
import { useErrorText } from "@/components/ui/use-error-text";
import { LOCALE_NAMES, LOCALES, isLocale } from "@/lib/i18n/locales";

const BROWSER = "browser";

/** The interface language: one of ours, or whatever the browser asks for. Saved as soon as it is picked. */
export function LanguageForm({ saved }: { saved: string | null }) {
  const t = useTranslations("settings.language");
  const errorText = useErrorText();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [value, setValue] = useState(isLocale(saved) ? saved : BROWSER);
  const [error, setError] = useState<string | null>(null);
  const options = [{ value: BROWSER, label: t("browser") }, ...LOCALES.map((locale) => ({ value: locale, label: LOCALE_NAMES[locale] }))];

  return (
    <div className="mt-4 space-y-3">
      {error && <Alert tone="error">{error}</Alert>}
      <SelectField
        label={t("label")}
        name="locale"
        hint={t("hint")}
        value={value}
        disabled={pending}
        options={options}
        onChange={(event) => {
          const next = event.target.value;
          const previous = value;
          setValue(next);
          setError(null);
          startTransition(async () => {
            const result = await setLanguageAction({ locale: isLocale(next) ? next : null });
            if (!result.ok) {
              setValue(previous);
              setError(errorText(result.error));
              return;
            }
            router.refresh();
          });
        }}
      />
      <p role="status" className="text-xs text-[var(--color-muted)]">
        {pending ? t("saving") : ""}
      </p>
    </div>
  );
}
