"use client";

import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { EvidenceArchiveDto } from "@/lib/dto/evidence-archive-dto";
import { useEvidenceArchive } from "./evidence-archive-context";
import { useTranslations } from "next-intl";

const LINK_STATES: Record<NonNullable<EvidenceArchiveDto["linkState"]>, { tone: string }> = {
  ok: { tone: "text-emerald-800" },
  changed: { tone: "text-amber-800" },
  dead: { tone: "text-rose-700" },
};

function day(iso: string): string {
  return iso.slice(0, 10);
}

/** Under an evidence link: "archived <date>" with a link to the snapshot, or why archiving failed (with a retry), and the latest link check. */
export function EvidenceArchiveStatus({ annotationId, position }: { annotationId: string; position: number }) {
  const archive = useEvidenceArchive();
  const [retrying, setRetrying] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const t = useTranslations("archive.status");
  const item = archive?.itemAt(annotationId, position);
  if (!archive || !item) return null;
  const snapshotHref = (snapshotId: string) => `/articles/${encodeURIComponent(archive.articleId)}/archive?snapshot=${encodeURIComponent(snapshotId)}`;

  async function retry() {
    if (!archive || !item) return;
    setRetrying(true);
    setProblem(await archive.retry(item.evidenceId));
    setRetrying(false);
  }

  return (
    <div className="mt-0.5 text-xs" data-testid="evidence-archive">
      {item.archiveState === "archived" && item.archived && (
        <p>
          <Link href={snapshotHref(item.archived.snapshotId)} className="text-[var(--color-accent)] underline">
            {t("archived", { date: day(item.archived.fetchedAt) })}
          </Link>{" "}
          <span className="font-mono text-[var(--color-muted)]" dir="ltr" title={`SHA-256 ${item.archived.sha256}`}>
            SHA-256 {item.archived.sha256.slice(0, 16)}
          </span>
        </p>
      )}
      {item.archiveState === "pending" && <p className="text-[var(--color-muted)]">{t("archiving")}</p>}
      {item.archiveState === "none" && <p className="text-[var(--color-muted)]">{t("notArchived")}</p>}
      {item.archiveState === "failed" && item.failure && (
        <p className="text-rose-700">
          {t("failed")} <span lang="en">{item.failure.message}</span>{" "}
          <Link href={snapshotHref(item.failure.snapshotId)} className="underline">
            {t("details")}
          </Link>
        </p>
      )}
      {(item.archiveState === "failed" || item.archiveState === "none") && archive.canArchive && (
        <Button size="sm" variant="ghost" className="mt-0.5 !px-1 !py-0 text-xs underline" disabled={retrying} onClick={() => void retry()}>
          {item.archiveState === "failed" ? t("retry") : t("archiveNow")}
        </Button>
      )}
      {item.checkPending && <p className="text-[var(--color-muted)]">{t("checking")}</p>}
      {!item.checkPending && item.linkState && (
        <p className={LINK_STATES[item.linkState].tone} data-testid="link-state">
          {t(`link.${item.linkState}`)}
          {item.linkCheckedAt && ` ${t("checked", { date: day(item.linkCheckedAt) })}`}
          {item.lastCheck?.message && `: ${item.lastCheck.message}`}{" "}
          {item.lastCheck && (
            <Link href={snapshotHref(item.lastCheck.snapshotId)} className="underline">
              {t("viewCheck")}
            </Link>
          )}
        </p>
      )}
      {problem && (
        <p role="alert" className="text-rose-700">
          {problem}
        </p>
      )}
    </div>
  );
}

/** The "Check links" action of an article and the way to its evidence archive: re-fetches every evidence link and flags dead or changed ones. */
export function CheckLinksButton() {
  const archive = useEvidenceArchive();
  const [message, setMessage] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  const t = useTranslations("archive.status");
  if (!archive) return null;
  async function run() {
    if (!archive) return;
    setWorking(true);
    const result = await archive.checkLinks();
    setMessage(result.ok ? null : result.message);
    setWorking(false);
  }
  return (
    <div className="mb-3 flex flex-wrap items-center gap-2">
      {archive.canArchive && (
        <Button size="sm" disabled={working || archive.checking} onClick={() => void run()}>
          {archive.checking ? t("checkingLinks") : t("checkLinks")}
        </Button>
      )}
      <Link href={`/articles/${encodeURIComponent(archive.articleId)}/archive`} className="text-sm text-[var(--color-accent)] underline">
        {t("archiveLink")}
      </Link>
      {message && (
        <span role="alert" className="text-xs text-rose-700">
          {message}
        </span>
      )}
    </div>
  );
}
