import { DateTime } from "@/components/ui/date-time";
import type { EvidenceSnapshotDto } from "@/lib/dto/evidence-archive-dto";
import { formatBytes } from "@/lib/import/import-result";

const LINK_STATE_LABELS = { ok: "unchanged", changed: "changed since archived", dead: "dead" } as const;

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-[10rem_minmax(0,1fr)] gap-2 py-1">
      <dt className="text-[var(--color-muted)]">{label}</dt>
      <dd className="break-all">{children}</dd>
    </div>
  );
}

/**
 * One snapshot: what the desk saw at the URL, when, and its hash, with the stored readable text
 * shown as plain text (React escapes it; the fetched HTML is never rendered).
 */
export function SnapshotView({ snapshot }: { snapshot: EvidenceSnapshotDto }) {
  return (
    <section aria-label="Snapshot" className="rounded-lg border border-[var(--color-line)] bg-white p-4" data-testid="snapshot">
      <h2 className="mb-2 text-lg font-semibold">{snapshot.title || snapshot.finalUrl || snapshot.requestedUrl}</h2>
      <dl className="mb-4 text-sm">
        <Row label="Kind">{snapshot.kind === "archive" ? "Archive" : "Link check"}</Row>
        <Row label="Fetched"><DateTime value={snapshot.fetchedAt} /></Row>
        <Row label="Requested URL">{snapshot.requestedUrl}</Row>
        {snapshot.finalUrl && snapshot.finalUrl !== snapshot.requestedUrl && <Row label="Final URL">{snapshot.finalUrl}</Row>}
        {snapshot.httpStatus !== null && <Row label="HTTP status">{snapshot.httpStatus}</Row>}
        {snapshot.contentType && <Row label="Content type">{snapshot.contentType}</Row>}
        {snapshot.byteLength !== null && <Row label="Size">{formatBytes(snapshot.byteLength)}</Row>}
        {snapshot.sha256 && (
          <Row label="SHA-256">
            <code data-testid="snapshot-sha256">{snapshot.sha256}</code>
          </Row>
        )}
        {snapshot.linkState && <Row label="Link">{LINK_STATE_LABELS[snapshot.linkState]}</Row>}
        {snapshot.errorMessage && <Row label="Failed">{snapshot.errorMessage}</Row>}
      </dl>
      {snapshot.text ? (
        <>
          <h3 className="mb-1 text-sm font-semibold">Readable text as archived</h3>
          <pre className="max-h-[70vh] overflow-auto whitespace-pre-wrap rounded border border-[var(--color-line)] bg-gray-50 p-3 font-serif text-sm" data-testid="snapshot-text">
            {snapshot.text}
          </pre>
          {snapshot.textTruncated && <p className="mt-1 text-xs text-[var(--color-muted)]">The text was cut at the archive&apos;s limit.</p>}
        </>
      ) : (
        !snapshot.errorMessage && (
          <p className="text-sm text-[var(--color-muted)]">No readable text was found in this {snapshot.contentType ? snapshot.contentType.split(";")[0] : "response"}; its hash is kept.</p>
        )
      )}
    </section>
  );
}
