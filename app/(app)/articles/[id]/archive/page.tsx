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

export const metadata: Metadata = { title: "Evidence archive" };

const STATE_LABELS = { none: "not archived", pending: "archiving…", archived: "archived", failed: "archiving failed" } as const;

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
  const href = (sid: string) => `/articles/${encodeURIComponent(id)}/archive?snapshot=${encodeURIComponent(sid)}`;
  return (
    <div>
      <p className="mb-2 text-sm">
        <AppLink href={`/articles/${id}`}>← {article.value.title}</AppLink>
      </p>
      <PageHeader title="Evidence archive" description="What the desk saw at each evidence link: the first archive is kept for good; each link check adds a snapshot." />
      <div className="grid gap-6 lg:grid-cols-[22rem_minmax(0,1fr)]">
        <nav aria-label="Evidence snapshots" className="space-y-3 text-sm">
          {archive.value.length === 0 && <p className="text-[var(--color-muted)]">No evidence links on this article yet.</p>}
          {archive.value.map((item, index) => {
            const list = lists[index];
            return (
              <div key={item.evidenceId} className="rounded-lg border border-[var(--color-line)] bg-white p-3">
                <p className="break-all font-medium">{item.url}</p>
                <p className="text-xs text-[var(--color-muted)]">{STATE_LABELS[item.archiveState]}</p>
                <ul className="mt-1 space-y-0.5">
                  {list.ok &&
                    list.value.snapshots.map((entry) => (
                      <li key={entry.id}>
                        <AppLink href={href(entry.id)} aria-current={snapshot?.ok && snapshot.value.id === entry.id ? "page" : undefined}>
                          {entry.kind === "archive" ? "Archive" : "Check"} {entry.fetchedAt.slice(0, 16).replace("T", " ")}
                        </AppLink>{" "}
                        <span className="text-xs text-[var(--color-muted)]">{entry.errorCode ? "failed" : entry.linkState ? entry.linkState : `SHA-256 ${entry.sha256?.slice(0, 16)}`}</span>
                      </li>
                    ))}
                </ul>
              </div>
            );
          })}
        </nav>
        <div>{snapshot?.ok ? <SnapshotView snapshot={snapshot.value} /> : <p className="text-sm text-[var(--color-muted)]">Choose a snapshot to read what was archived.</p>}</div>
      </div>
    </div>
  );
}
