"use client";

/** A polite live region: screen readers read what changed without interrupting. */
export function LiveAnnouncer({ message }: { message: string }) {
  return (
    <div role="status" aria-live="polite" aria-atomic="true" className="sr-only" data-testid="live-announcer">
      {message}
    </div>
  );
}
