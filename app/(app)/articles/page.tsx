import type { Metadata } from "next";
import { AppLink } from "@/components/ui/app-link";
import { ArticleList } from "@/components/articles/article-list";
import { PageHeader } from "@/components/ui/page-header";
import { DEFAULT_PAGE_LIMIT } from "@/lib/paging/page-cursor";
import { allows } from "@/lib/policy/policy";
import { listArticles } from "@/lib/server/articles/list-articles";
import { requirePageUser } from "@/lib/server/auth/current-user";
import { readStreamPosition } from "@/lib/server/live/read-stream-position";
import { LiveRefresh } from "@/components/live/live-refresh";

export const metadata: Metadata = { title: "Articles" };

/** Changes that alter a row of the list (its title, counts, what waits for review). */
const ARTICLE_LIST_EVENTS = [
  "article.created",
  "article.updated",
  "revision.saved",
  "annotation.created",
  "annotation.deleted",
  "annotation.submitted",
  "annotation.approved",
  "annotation.rejected",
  "annotation.changes_requested",
  "annotation.reopened",
  "annotation.reanchored",
  "annotation.reattached",
] as const;

export default async function ArticlesPage() {
  const user = await requirePageUser("article.read");
  const livePosition = await readStreamPosition();
  const result = await listArticles(user, { limit: DEFAULT_PAGE_LIMIT, cursor: null });
  const firstPage = result.ok ? result.value : { items: [], nextCursor: null };
  const canAdd = allows(user, "article.create");
  return (
    <div>
      <LiveRefresh after={livePosition} selfUserId={user.id} types={ARTICLE_LIST_EVENTS} />
      <PageHeader
        title="Articles"
        description="Every article on the desk, newest first, with its annotations and what waits for review."
        actions={
          canAdd && (
            <AppLink
              href="/articles/new"
              className="inline-flex items-center justify-center gap-1.5 rounded-md border border-transparent bg-[var(--color-accent)] px-3.5 py-2 text-sm font-medium text-white no-underline transition-colors hover:bg-blue-800"
            >
              Add article
            </AppLink>
          )
        }
      />
      <ArticleList
        canAdd={canAdd}
        nextCursor={firstPage.nextCursor}
        articles={firstPage.items.map((article) => ({
          id: article.id,
          title: article.title,
          outlet: article.outlet,
          publishedOn: article.publishedOn,
          counts: article.counts,
          awaitingReview: article.awaitingReview,
          orphaned: article.orphaned,
        }))}
      />
    </div>
  );
}
