/**
 * Shown while a page's data loads. It is also the prefetch boundary: links prefetch only the
 * shell above it, so a page's live data (queues, annotations) is always read when you open it.
 */
export default function Loading() {
  return (
    <p role="status" className="py-8 text-sm text-[var(--color-muted)]">
      Loading…
    </p>
  );
}
