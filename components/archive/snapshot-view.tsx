import { DateTime } from "@/components/ui/date-time";
import type { EvidenceSnapshotDto } from "@/lib/dto/evidence-archive-dto";
import { formatBytes } from "@/lib/import/import-result";
import { useLocale, useTranslations } from "next-intl";

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
  const t = useTranslations("archive.snapshot");
  const links = useTranslations("archive.link");
  const locale = useLocale();
  return (
    <section aria-label={t("label")} className="rounded-lg border border-[var(--color-line)] bg-white p-4" data-testid="snapshot">
      <h2 className="mb-2 text-lg font-semibold" dir="auto">
        {snapshot.title || snapshot.finalUrl || snapshot.requestedUrl}
      </h2>
      <dl className="mb-4 text-sm">
        <Row label={t("kind")}>{snapshot.kind === "archive" ? t("archive") : t("linkCheck")}</Row>
        <Row label={t("fetched")}>
          <DateTime value={snapshot.fetchedAt} locale={locale} />
        </Row>
        <Row label={t("requestedUrl")}>{snapshot.requestedUrl}</Row>
        {snapshot.finalUrl && snapshot.finalUrl !== snapshot.requestedUrl && <Row label={t("finalUrl")}>{snapshot.finalUrl}</Row>}
        {snapshot.httpStatus !== null && <Row label={t("httpStatus")}>{snapshot.httpStatus}</Row>}
        {snapshot.contentType && <Row label={t("contentType")}>{snapshot.contentType}</Row>}
        {snapshot.byteLength !== null && <Row label={t("size")}>{formatBytes(snapshot.byteLength)}</Row>}
        {snapshot.sha256 && (
          <Row label="SHA-256">
            <code data-testid="snapshot-sha256">{snapshot.sha256}</code>
          </Row>
        )}
        {snapshot.linkState && <Row label={t("link")}>{links(snapshot.linkState)}</Row>}
        {snapshot.errorMessage && <Row label={t("failed")}>{snapshot.errorMessage}</Row>}
      </dl>
      {snapshot.text ? (
        <>
          <h3 className="mb-1 text-sm font-semibold">{t("text")}</h3>
          <pre className="max-h-[70vh] overflow-auto whitespace-pre-wrap rounded border border-[var(--color-line)] bg-gray-50 p-3 font-serif text-sm" data-testid="snapshot-text" dir="auto">
            {snapshot.text}
          </pre>
          {snapshot.textTruncated && <p className="mt-1 text-xs text-[var(--color-muted)]">{t("truncated")}</p>}
        </>
      ) : (
        !snapshot.errorMessage && <p className="text-sm text-[var(--color-muted)]">{t("noText", { type: snapshot.contentType ? snapshot.contentType.split(";")[0] : t("response") })}</p>
      )}
    </section>
  );
}
