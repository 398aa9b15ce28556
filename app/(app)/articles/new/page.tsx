import type { Metadata } from "next";
import { AppLink } from "@/components/ui/app-link";
import { ImportArticlePanel } from "@/components/articles/import-article-panel";
import { NewArticleForm } from "@/components/articles/new-article-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/server/auth/current-user";

export const metadata: Metadata = { title: "Add an article" };

export default async function NewArticlePage() {
  await requirePageUser("article.create");
  return (
    <div>
      <p className="mb-2 text-sm">
        <AppLink href="/articles" className="underline-offset-2 hover:underline">
          ← Articles
        </AppLink>
      </p>
      <PageHeader title="Add an article" description="Paste the published article and its details. Annotations are made on the text you save here." />
      <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <NewArticleForm />
        <ImportArticlePanel />
      </div>
    </div>
  );
}
