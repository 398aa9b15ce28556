import type { Metadata } from "next";
import { AppLink } from "@/components/ui/app-link";
import { notFound } from "next/navigation";
import { ReanchorCounts } from "@/components/revisions/reanchor-counts";
import { PageHeader } from "@/components/ui/page-header";
import { allows } from "@/lib/policy/policy";
import { REVISION_SOURCE_LABELS } from "@/lib/revisions/revision-sources";
import { requirePageUser } from "@/lib/server/auth/current-user";
import { listRevisions } from "@/lib/server/revisions/list-revisions";

export const metadata: Metadata = { title: "Revisions" };

/** Every revision of an article, newest first, with what each did to the annotations. */
export default async function RevisionsPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser("article.read");
  const { id } = await params;
  const result = await listRevisions(user, id);
  if (!result.ok) notFound();
  const { title, revisions } = result.value;
  return (
    <div>
      <p className="mb-2 text-sm">
        <AppLink href={`/articles/${id}`}>← {title}</AppLink>
      </p>
      <PageHeader
        title="Revisions"
        description={`Each save of the text makes a revision; earlier ones stay readable. ${revisions.length} revision${revisions.length === 1 ? "" : "s"}.`}
        actions={
          allows(user, "article.revise") && (
            <AppLink href={`/articles/${id}/edit`} className="rounded-md border border-[var(--color-line)] bg-white px-3 py-1.5 text-sm no-underline hover:bg-gray-50">
              Edit text
            </AppLink>
          )
        }
      />
      <div className="overflow-x-auto rounded-lg border border-[var(--color-line)] bg-white">
        <table className="w-full text-start text-sm" data-testid="revision-table">
          <thead className="border-b border-[var(--color-line)] bg-gray-50 text-xs uppercase tracking-wide text-[var(--color-muted)]">
            <tr>
              <th scope="col" className="px-4 py-2">
                Revision
              </th>
              <th scope="col" className="px-4 py-2">
                Saved
              </th>
              <th scope="col" className="px-4 py-2">
                By
              </th>
              <th scope="col" className="px-4 py-2">
                Source
              </th>
              <th scope="col" className="px-4 py-2 text-end">
                Words
              </th>
              <th scope="col" className="px-4 py-2">
                Annotations re-anchored
              </th>
            </tr>
          </thead>
          <tbody>
            {revisions.map((revision) => (
              <tr key={revision.number} className="border-b border-[var(--color-line)] last:border-0" data-testid={`revision-row-${revision.number}`}>
                <th scope="row" className="px-4 py-2 font-medium">
                  <AppLink href={`/articles/${id}/revisions/${revision.number}`}>Revision {revision.number}</AppLink>
                  {revision.current && <span className="ms-2 rounded-full bg-gray-100 px-2 py-0.5 text-xs font-normal">current</span>}
                </th>
                <td className="whitespace-nowrap px-4 py-2">
                  <time dateTime={revision.createdAt}>{revision.createdAt.slice(0, 16).replace("T", " ")} UTC</time>
                </td>
                <td className="px-4 py-2">{revision.createdBy.name}</td>
                <td className="px-4 py-2">
                  {REVISION_SOURCE_LABELS[revision.source]}
                  {revision.mergedWith !== null && `, merged with revision ${revision.mergedWith}`}
                </td>
                <td className="px-4 py-2 text-end tabular-nums">{revision.words.toLocaleString("en")}</td>
                <td className="px-4 py-2">
                  <ReanchorCounts summary={revision.summary} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
