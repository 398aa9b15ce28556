"use client";

import { useTranslations } from "next-intl";

/** Shown for unexpected server errors: a plain message and the reference, never a stack trace. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errorPage");
  return (
    <main className="mx-auto max-w-xl px-6 py-16">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 text-[var(--color-muted)]">
        {t.rich("body", { reference: error.digest ?? t("none"), code: (chunks) => <code>{chunks}</code> })}
      </p>
      <button type="button" onClick={reset} className="mt-6 rounded-md border border-[var(--color-line)] bg-white px-3 py-2 text-sm">
        {t("retry")}
      </button>
    </main>
  );
}
