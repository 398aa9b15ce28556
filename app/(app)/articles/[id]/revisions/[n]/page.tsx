import { DateTime } from "@/components/ui/date-time";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { DirectionArrow } from "@/components/ui/direction-arrow";
import { AppLink } from "@/components/ui/app-link";
import { notFound } from "next/navigation";
import { ReanchorCounts } from "@/components/revisions/reanchor-counts";
import { RevisionDocument } from "@/components/revisions/revision-document";
import { WordDiffView } from "@/components/revisions/word-diff-view";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/server/auth/current-user";
import { getRevision } from "@/lib/server/revisions/get-revision";
import { BackToArticle } from "@/components/article/back-to-article";

type Params = { params: Promise<{ id: string; n: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return { title: (await getTranslations("revisions.list"))("revision", { number: (await params).n }) };
}

/** One revision: what changed from the one before (word diff), what it did to the annotations, and its text. */
export default async function RevisionPage({ params }: Params) {
  const user = await requirePageUser("article.read");
  const { id, n } = await params;
  if (!/^[1-9]\d{0,8}$/.test(n)) notFound();
  const result = await getRevision(user, id, Number(n), { withDiff: true });
  if (!result.ok) notFound();
  const revision = result.value;
  const t = await getTranslations("revisions.one");
  const list = await getTranslations("revisions.list");
  const sources = await getTranslations("revisions.sources");
  const locale = await getLocale();
  return (
    <div>
      <p className="mb-2 flex flex-wrap gap-4 text-sm">
        <BackToArticle articleId={id} title={revision.articleTitle} />
        <AppLink href={`/articles/${id}/revisions`}>{t("all")}</AppLink>
      </p>
      <PageHeader
        title={revision.current ? t("titleCurrent", { number: revision.number }) : list("revision", { number: revision.number })}
        description={t.rich("description", {
          source: sources(revision.source),
          date: () => <DateTime value={revision.createdAt} locale={locale} />,
          name: revision.createdBy.name,
          words: revision.words,
        })}
        actions={
          <nav aria-label={t("other")} className="flex gap-2 text-sm">
            {revision.previous && (
              <AppLink href={`/articles/${id}/revisions/${revision.previous}`}>
                <DirectionArrow to="back" /> {list("revision", { number: revision.previous })}
              </AppLink>
            )}
            {!revision.current && (
              <AppLink href={`/articles/${id}/revisions/${revision.number + 1}`}>
                {list("revision", { number: revision.number + 1 })} <DirectionArrow to="forward" />
              </AppLink>
            )}
          </nav>
        }
      />
      {revision.summary && (
        <p className="mb-6 text-sm" data-testid="revision-summary">
          {t("reanchored")} <ReanchorCounts summary={revision.summary} />.
        </p>
      )}
      {revision.diff && (
        <section aria-labelledby="diff-heading" className="mb-8">
          <h2 id="diff-heading" className="mb-2 text-lg font-semibold">
            {t("changesFrom", { number: revision.previous ?? 0 })}
          </h2>
          <WordDiffView diff={revision.diff} />
        </section>
      )}
      <section aria-labelledby="text-heading">
        <h2 id="text-heading" className="mb-2 text-lg font-semibold">
          {t("textOf", { number: revision.number })}
        </h2>
        <RevisionDocument doc={revision.doc as object} />
      </section>
    </div>
  );
}
