import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AppLink } from "@/components/ui/app-link";
import { ArticleList } from "@/components/articles/article-list";
import { ArticleListFilters } from "@/components/articles/article-list-filters";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { DEFAULT_PAGE_LIMIT } from "@/lib/paging/page-cursor";
import { allows } from "@/lib/policy/policy";
import { listArticles } from "@/lib/server/articles/list-articles";
import { requirePageUser } from "@/lib/server/auth/current-user";
import { readStreamPosition } from "@/lib/server/live/read-stream-position";
import { LiveRefresh } from "@/components/live/live-refresh";
import { listAssignableUsers } from "@/lib/server/users/list-assignable-users";
import { articleListFilterFromSearchParams, articleListFilterSchema, type ArticleListFilter } from "@/lib/validations/assignment";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("articles.page"))("title") };
}

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
  "annotation.decision_undone",
  "annotation.reanchored",
  "annotation.reattached",
  "article.assigned",
] as const;

type SearchParams = Record<string, string | string[] | undefined>;

function toSearchParams(params: SearchParams): URLSearchParams {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) search.append(key, one);
  return search;
}

export default async function ArticlesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePageUser("article.read");
  const livePosition = await readStreamPosition();
  const parsed = articleListFilterSchema.safeParse(articleListFilterFromSearchParams(toSearchParams(await searchParams)));
  const filter: ArticleListFilter = parsed.success ? parsed.data : {};
  const [result, people] = await Promise.all([listArticles(user, { limit: DEFAULT_PAGE_LIMIT, cursor: null }, filter), listAssignableUsers(user)]);
  const firstPage = result.ok ? result.value : { items: [], nextCursor: null };
  const filtered = Boolean(filter.assignee || filter.status?.length || filter.due);
  const canAdd = allows(user, "article.create");
  const t = await getTranslations("articles.page");
  return (
    <div>
      <LiveRefresh after={livePosition} selfUserId={user.id} types={ARTICLE_LIST_EVENTS} />
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          canAdd && (
            <AppLink
              href="/articles/new"
              className="inline-flex items-center justify-center gap-1.5 rounded-md border border-transparent bg-[var(--color-accent)] px-3.5 py-2 text-sm font-medium text-white no-underline transition-colors hover:bg-blue-800"
            >
              {t("add")}
            </AppLink>
          )
        }
      />
      <ArticleListFilters filter={filter} people={people.ok ? people.value : []} />
      {!parsed.success && <Alert tone="error">{t("badFilters")}</Alert>}
      <ArticleList
        key={JSON.stringify(filter)}
        canAdd={canAdd}
        filtered={filtered}
        filter={filter}
        now={new Date().toISOString()}
        nextCursor={firstPage.nextCursor}
        articles={firstPage.items.map((article) => ({
          id: article.id,
          title: article.title,
          outlet: article.outlet,
          publishedOn: article.publishedOn,
          counts: article.counts,
          awaitingReview: article.awaitingReview,
          orphaned: article.orphaned,
          deskStatus: article.deskStatus,
          dueAt: article.dueAt,
          assignees: article.assignees,
        }))}
      />
    </div>
  );
}
