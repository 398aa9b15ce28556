import { DateTime } from "@/components/ui/date-time";
import type { Metadata } from "next";
import { AppLink } from "@/components/ui/app-link";
import { notFound } from "next/navigation";
import { ReanchorCounts } from "@/components/revisions/reanchor-counts";
import { RevisionDocument } from "@/components/revisions/revision-document";
import { WordDiffView } from "@/components/revisions/word-diff-view";
import { PageHeader } from "@/components/ui/page-header";
import { REVISION_SOURCE_LABELS } from "@/lib/revisions/revision-sources";
import { requirePageUser } from "@/lib/server/auth/current-user";
import { getRevision } from "@/lib/server/revisions/get-revision";

type Params = { params: Promise<{ id: string; n: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return { title: `Revision ${(await params).n}` };
}

/** One revision: what changed from the one before (word diff), what it did to the annotations, and its text. */
export default async function RevisionPage({ params }: Params) {
  const user = await requirePageUser("article.read");
  const { id, n } = await params;
  if (!/^[1-9]\d{0,8}$/.test(n)) notFound();
  const result = await getRevision(user, id, Number(n), { withDiff: true });
  if (!result.ok) notFound();
  const revision = result.value;
  return (
    <div>
      <p className="mb-2 flex flex-wrap gap-4 text-sm">
        <AppLink href={`/articles/${id}`}>← {revision.articleTitle}</AppLink>
        <AppLink href={`/articles/${id}/revisions`}>All revisions</AppLink>
      </p>
      <PageHeader
        title={`Revision ${revision.number}${revision.current ? " (current)" : ""}`}
        description={
          <>
            {REVISION_SOURCE_LABELS[revision.source]}, saved <DateTime value={revision.createdAt} /> by {revision.createdBy.name} · {revision.words.toLocaleString("en")} words
          </>
        }
        actions={
          <nav aria-label="Other revisions" className="flex gap-2 text-sm">
            {revision.previous && <AppLink href={`/articles/${id}/revisions/${revision.previous}`}>← Revision {revision.previous}</AppLink>}
            {!revision.current && <AppLink href={`/articles/${id}/revisions/${revision.number + 1}`}>Revision {revision.number + 1} →</AppLink>}
          </nav>
        }
      />
      {revision.summary && (
        <p className="mb-6 text-sm" data-testid="revision-summary">
          Annotations re-anchored: <ReanchorCounts summary={revision.summary} />.
        </p>
      )}
      {revision.diff && (
        <section aria-labelledby="diff-heading" className="mb-8">
          <h2 id="diff-heading" className="mb-2 text-lg font-semibold">
            Changes from revision {revision.previous}
          </h2>
          <WordDiffView diff={revision.diff} />
        </section>
      )}
      <section aria-labelledby="text-heading">
        <h2 id="text-heading" className="mb-2 text-lg font-semibold">
          Text of revision {revision.number}
        </h2>
        <RevisionDocument doc={revision.doc as object} />
      </section>
    </div>
  );
}
