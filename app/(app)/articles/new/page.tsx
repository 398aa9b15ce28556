import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DirectionArrow } from "@/components/ui/direction-arrow";
import { AppLink } from "@/components/ui/app-link";
import { ImportArticlePanel } from "@/components/articles/import-article-panel";
import { NewArticleForm } from "@/components/articles/new-article-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/server/auth/current-user";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("articles.new"))("title") };
}

export default async function NewArticlePage() {
  await requirePageUser("article.create");
  const t = await getTranslations("articles.new");
  return (
    <div>
      <p className="mb-2 text-sm">
        <AppLink href="/articles" className="underline-offset-2 hover:underline">
          <DirectionArrow to="back" /> {t("back")}
        </AppLink>
      </p>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <NewArticleForm />
        <ImportArticlePanel />
      </div>
    </div>
  );
}
