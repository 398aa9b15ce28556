"use client";

/** Shown for unexpected server errors: a plain message and the reference, never a stack trace. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="mx-auto max-w-xl px-6 py-16">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="mt-2 text-[var(--color-muted)]">
        The page could not be shown. Nothing you saved is lost. Try again, and if it keeps happening, give your administrator this reference: <code>{error.digest ?? "none"}</code>.
      </p>
      <button type="button" onClick={reset} className="mt-6 rounded-md border border-[var(--color-line)] bg-white px-3 py-2 text-sm">
        Try again
      </button>
    </main>
  );
}
