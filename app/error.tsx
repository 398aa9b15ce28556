"use client";

import { useRouter } from "next/navigation";
import { startTransition, useCallback, useEffect, useState } from "react";
import { ReconnectingNotice } from "@/components/ui/reconnecting-notice";

/**
 * Shown for unexpected server errors: a plain message and the reference, never a stack trace.
 * If the desk is not ready (its database unreachable) it says so instead, and comes back by
 * itself once the desk answers.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
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
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="mt-2 text-[var(--color-muted)]">
        The page could not be shown. Nothing you saved is lost. Try again, and if it keeps happening, give your administrator this reference: <code>{error.digest ?? "none"}</code>.
      </p>
      <button type="button" onClick={retry} className="mt-6 rounded-md border border-[var(--color-line)] bg-white px-3 py-2 text-sm">
        Try again
      </button>
    </main>
  );
}
