import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SnapshotView } from "@/components/archive/snapshot-view";
import { AppLink } from "@/components/ui/app-link";
import { PageHeader } from "@/components/ui/page-header";
import { getArticle } from "@/lib/server/articles/get-article";
import { requirePageUser } from "@/lib/server/auth/current-user";
import { getEvidenceSnapshot } from "@/lib/server/evidence/get-evidence-snapshot";
import { listEvidenceArchive } from "@/lib/server/evidence/list-evidence-archive";
import { listEvidenceSnapshots } from "@/lib/server/evidence/list-evidence-snapshots";
import { getTranslations } from "next-intl/server";
import { BackToArticle } from "@/components/article/back-to-article";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("archive"))("title") };
}

/** The article's evidence archive: every evidence URL with its snapshots; `?snapshot=` shows one with its text. */
export default async function EvidenceArchivePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ snapshot?: string | string[] }> }) {
  const user = await requirePageUser("article.read");
  const { id } = await params;
  const { snapshot: snapshotId } = await searchParams;
  const [article, archive] = await Promise.all([getArticle(user, id), listEvidenceArchive(user, id)]);
  if (!article.ok || !archive.ok) notFound();
  const snapshot = typeof snapshotId === "string" ? await getEvidenceSnapshot(user, snapshotId) : null;
  if (snapshot && (!snapshot.ok || snapshot.value.articleId !== id)) notFound();
  const lists = await Promise.all(archive.value.map((item) => listEvidenceSnapshots(user, item.evidenceId)));
  const t = await getTranslations("archive");
  const href = (sid: string) => `/articles/${encodeURIComponent(id)}/archive?snapshot=${encodeURIComponent(sid)}`;
  return (
    <div>
      <p className="mb-2 text-sm">
        <BackToArticle articleId={id} title={article.value.title} />
      </p>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid gap-6 lg:grid-cols-[22rem_minmax(0,1fr)]">
        <nav aria-label={t("snapshots")} className="space-y-3 text-sm">
          {archive.value.length === 0 && <p className="text-[var(--color-muted)]">{t("none")}</p>}
          {archive.value.map((item, index) => {
            const list = lists[index];
            return (
              <div key={item.evidenceId} className="rounded-lg border border-[var(--color-line)] bg-white p-3">
                <p className="break-all font-medium" dir="ltr">
                  {item.url}
                </p>
                <p className="text-xs text-[var(--color-muted)]">{t(`state.${item.archiveState}`)}</p>
                <ul className="mt-1 space-y-0.5">
                  {list.ok &&
                    list.value.snapshots.map((entry) => (
                      <li key={entry.id}>
                        <AppLink href={href(entry.id)} aria-current={snapshot?.ok && snapshot.value.id === entry.id ? "page" : undefined}>
                          {entry.kind === "archive" ? t("archive") : t("check")} {entry.fetchedAt.slice(0, 16).replace("T", " ")}
                        </AppLink>{" "}
                        <span className="text-xs text-[var(--color-muted)]">
                          {entry.errorCode ? t("failed") : entry.linkState ? t(`link.${entry.linkState}`) : `SHA-256 ${entry.sha256?.slice(0, 16)}`}
                        </span>
                      </li>
                    ))}
                </ul>
              </div>
            );
          })}
        </nav>
        <div>{snapshot?.ok ? <SnapshotView snapshot={snapshot.value} /> : <p className="text-sm text-[var(--color-muted)]">{t("choose")}</p>}</div>
      </div>
    </div>
  );
}
