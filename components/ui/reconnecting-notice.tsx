"use client";

import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";

const POLL_MS = 2_000;

/**
 * "The desk is reconnecting…": asks `/api/health/ready` every 2 s and calls `onReady` once the
 * desk answers again. Shown while the database is unreachable, instead of an error.
 */
export function ReconnectingNotice({ onReady }: { onReady: () => void }) {
  const [attempts, setAttempts] = useState(0);
  const t = useTranslations("reconnecting");
  useEffect(() => {
    let stopped = false;
    const timer = setInterval(async () => {
      try {
        const response = await fetch("/api/health/ready", { cache: "no-store" });
        if (stopped) return;
        if (response.ok) {
          stopped = true;
          clearInterval(timer);
          onReady();
          return;
        }
      } catch {
        // the instance itself is away: keep asking
      }
      setAttempts((count) => count + 1);
    }, POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [onReady]);

  return (
    <main className="mx-auto max-w-xl px-6 py-16" role="status" aria-live="polite">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 text-[var(--color-muted)]">{t("body")}</p>
      {attempts >= 15 && <p className="mt-4 text-sm text-[var(--color-muted)]">{t("still")}</p>}
    </main>
  );
}
