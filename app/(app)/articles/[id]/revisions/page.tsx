import { DateTime } from "@/components/ui/date-time";
import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { AppLink } from "@/components/ui/app-link";
import { notFound } from "next/navigation";
import { ReanchorCounts } from "@/components/revisions/reanchor-counts";
import { PageHeader } from "@/components/ui/page-header";
import { allows } from "@/lib/policy/policy";
import { requirePageUser } from "@/lib/server/auth/current-user";
import { listRevisions } from "@/lib/server/revisions/list-revisions";
import { BackToArticle } from "@/components/article/back-to-article";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("revisions.list"))("title") };
}

/** Every revision of an article, newest first, with what each did to the annotations. */
export default async function RevisionsPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser("article.read");
  const { id } = await params;
  const result = await listRevisions(user, id);
  if (!result.ok) notFound();
  const { title, revisions } = result.value;
  const t = await getTranslations("revisions.list");
  const sources = await getTranslations("revisions.sources");
  const format = await getFormatter();
  const locale = await getLocale();
  return (
    <div>
      <p className="mb-2 text-sm">
        <BackToArticle articleId={id} title={title} />
      </p>
      <PageHeader
        title={t("title")}
        description={t("description", { count: revisions.length })}
        actions={
          allows(user, "article.revise") && (
            <AppLink href={`/articles/${id}/edit`} className="rounded-md border border-[var(--color-line)] bg-white px-3 py-1.5 text-sm no-underline hover:bg-gray-50">
              {t("editText")}
            </AppLink>
          )
        }
      />
      <div className="relative overflow-x-auto rounded-lg border border-[var(--color-line)] bg-white">
        <table className="w-full text-start text-sm" data-testid="revision-table">
          <thead className="border-b border-[var(--color-line)] bg-gray-50 text-xs uppercase tracking-wide text-[var(--color-muted)]">
            <tr>
              <th scope="col" className="px-4 py-2">
                {t("columns.revision")}
              </th>
              <th scope="col" className="px-4 py-2">
                {t("columns.saved")}
              </th>
              <th scope="col" className="px-4 py-2">
                {t("columns.by")}
              </th>
              <th scope="col" className="px-4 py-2">
                {t("columns.source")}
              </th>
              <th scope="col" className="px-4 py-2 text-end">
                {t("columns.words")}
              </th>
              <th scope="col" className="px-4 py-2">
                {t("columns.reanchored")}
              </th>
            </tr>
          </thead>
          <tbody>
            {revisions.map((revision) => (
              <tr key={revision.number} className="border-b border-[var(--color-line)] last:border-0" data-testid={`revision-row-${revision.number}`}>
                <th scope="row" className="px-4 py-2 font-medium">
                  <AppLink href={`/articles/${id}/revisions/${revision.number}`}>{t("revision", { number: revision.number })}</AppLink>
                  {revision.current && <span className="ms-2 rounded-full bg-gray-100 px-2 py-0.5 text-xs font-normal">{t("current")}</span>}
                </th>
                <td className="whitespace-nowrap px-4 py-2">
                  <DateTime value={revision.createdAt} locale={locale} />
                </td>
                <td className="px-4 py-2" dir="auto">
                  {revision.createdBy.name}
                </td>
                <td className="px-4 py-2">
                  {sources(revision.source)}
                  {revision.mergedWith !== null && t("mergedWith", { number: revision.mergedWith })}
                </td>
                <td className="px-4 py-2 text-end tabular-nums">{format.number(revision.words)}</td>
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
