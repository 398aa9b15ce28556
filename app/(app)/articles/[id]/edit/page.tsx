import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AppLink } from "@/components/ui/app-link";
import { notFound } from "next/navigation";
import { ArticleBodyEditor } from "@/components/revisions/article-body-editor";
import { PageHeader } from "@/components/ui/page-header";
import { listAnnotations } from "@/lib/server/annotations/list-annotations";
import { getArticle } from "@/lib/server/articles/get-article";
import { requirePageUser } from "@/lib/server/auth/current-user";
import { readStreamPosition } from "@/lib/server/live/read-stream-position";
import { EditingPresence } from "@/components/live/editing-presence";
import { BackToArticle } from "@/components/article/back-to-article";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const user = await requirePageUser("article.revise");
  const article = await getArticle(user, (await params).id);
  const t = await getTranslations("revisions.edit");
  return { title: article.ok ? t("metaTitle", { title: article.value.title }) : t("metaFallback") };
}

/** Editing an article's text (editors and admins): each save makes a new revision. */
export default async function EditArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser("article.revise");
  const { id } = await params;
  const livePosition = await readStreamPosition();
  const [article, annotations] = await Promise.all([getArticle(user, id, { withDocument: true }), listAnnotations(user, id)]);
  if (!article.ok || !annotations.ok) notFound();
  const revision = article.value.revision.number;
  const placed = annotations.value.filter((a) => a.anchorState !== "orphaned" && a.revision === revision).map((a) => ({ id: a.id, kind: a.kind, start: a.start, end: a.end }));
  const orphaned = annotations.value.filter((a) => a.anchorState === "orphaned").length;
  const t = await getTranslations("revisions.edit");
  return (
    <div>
      <p className="mb-2 text-sm">
        <BackToArticle articleId={id} title={article.value.title} />
      </p>
      <PageHeader
        title={t("title")}
        description={
          <>
            {t("description", { revision, count: annotations.value.length, orphaned })} <AppLink href={`/articles/${id}/revisions`}>{t("earlier")}</AppLink>
          </>
        }
      />
      <EditingPresence articleId={id} after={livePosition} selfUserId={user.id} />
      <ArticleBodyEditor articleId={id} revision={revision} doc={article.value.doc as object} annotations={placed} />
    </div>
  );
}
