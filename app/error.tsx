"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { startTransition, useCallback, useEffect, useState } from "react";
import { ReconnectingNotice } from "@/components/ui/reconnecting-notice";

/**
 * Shown for unexpected server errors: a plain message and the reference, never a stack trace.
 * If the desk is not ready (its database unreachable) it says so instead, and comes back by
 * itself once the desk answers.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errorPage");
  const router = useRouter();
  const [deskAway, setDeskAway] = useState<boolean | null>(null);
  useEffect(() => {
    let cancelled = false;
    fetch("/api/health/ready", { cache: "no-store" })
      .then((response) => !cancelled && setDeskAway(!response.ok))
      .catch(() => !cancelled && setDeskAway(true));
    return () => {
      cancelled = true;
    };
  }, []);
  const retry = useCallback(() => {
    startTransition(() => {
      router.refresh();
      reset();
    });
  }, [router, reset]);

  if (deskAway) return <ReconnectingNotice onReady={retry} />;
  return (
    <main className="mx-auto max-w-xl px-6 py-16">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 text-[var(--color-muted)]">{t.rich("body", { reference: error.digest ?? t("none"), code: (chunks) => <code>{chunks}</code> })}</p>
      <button type="button" onClick={retry} className="mt-6 rounded-md border border-[var(--color-line)] bg-white px-3 py-2 text-sm">
        {t("retry")}
      </button>
    </main>
  );
}
