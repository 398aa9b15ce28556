"use client";

import { DateTime } from "@/components/ui/date-time";
import { AppLink } from "@/components/ui/app-link";
import { useState, useTransition } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useErrorText } from "@/components/ui/use-error-text";
import { loadArticlePageAction } from "@/app/(app)/articles/actions";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { AssigneeList, DeskStatusBadge, DueDate } from "@/components/assignments/assignment-summary";
import { ANNOTATION_KINDS, type AnnotationKind } from "@/lib/domain/annotation-kinds";
import type { ArticleSummaryDto } from "@/lib/dto/article-dto";
import type { ArticleListFilter } from "@/lib/validations/assignment";

/** What the list shows of an article (picked from the data layer's ArticleSummaryDto). */
export type ArticleListItem = {
  id: string;
  title: string;
  outlet: string;
  publishedOn: string | null;
  counts: Record<AnnotationKind, number>;
  awaitingReview: number;
  orphaned: number;
} & Pick<ArticleSummaryDto, "deskStatus" | "dueAt" | "assignees">;

function matches(article: ArticleListItem, query: string): boolean {
  if (!query) return true;
  return article.title.toLocaleLowerCase().includes(query) || article.outlet.toLocaleLowerCase().includes(query);
}

function toListItem(article: ArticleListItem): ArticleListItem {
  const { id, title, outlet, publishedOn, counts, awaitingReview, orphaned, deskStatus, dueAt, assignees } = article;
  return { id, title, outlet, publishedOn, counts, awaitingReview, orphaned, deskStatus, dueAt, assignees };
}

/**
 * The desk's articles with their annotation counts, a page at a time ("Load more" appends the
 * next); the loaded ones are filtered by title or outlet as you type.
 */
export function ArticleList({
  articles: firstPage,
  nextCursor: firstCursor,
  canAdd,
  filtered = false,
  filter: listFilter = {},
  now,
}: {
  articles: ArticleListItem[];
  nextCursor: string | null;
  canAdd: boolean;
  /** Whether filters from the URL are applied (an empty list then says so, not "no articles yet"). */
  filtered?: boolean;
  filter?: ArticleListFilter;
  now: string;
}) {
  const [articles, setArticles] = useState(firstPage);
  const [renderedFirstPage, setRenderedFirstPage] = useState(firstPage);
  // A fresh server render (a live update) brings a new first page: it replaces those rows, and
  // the pages loaded after it stay.
  if (firstPage !== renderedFirstPage) {
    setRenderedFirstPage(firstPage);
    const fresh = new Set(firstPage.map((article) => article.id));
    setArticles((current) => [...firstPage, ...current.filter((article) => !fresh.has(article.id))]);
  }
  const [nextCursor, setNextCursor] = useState(firstCursor);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [loading, startLoading] = useTransition();
  const [filter, setFilter] = useState("");
  const t = useTranslations("articles.list");
  const errorText = useErrorText();
  const query = filter.trim().toLocaleLowerCase();
  const shown = articles.filter((article) => matches(article, query));

  if (articles.length === 0 && filtered) {
    return <p className="rounded-lg border border-dashed border-[var(--color-line)] bg-white px-4 py-8 text-center text-sm text-[var(--color-muted)]">{t("noneMatchFilters")}</p>;
  }
  if (articles.length === 0) return <EmptyState canAdd={canAdd} />;

  function loadMore() {
    if (!nextCursor) return;
    startLoading(async () => {
      const result = await loadArticlePageAction({ cursor: nextCursor, filter: listFilter });
      if (!result.ok) return setLoadError(errorText(result.error));
      setLoadError(null);
      setArticles((current) => [...current, ...result.value.items.map(toListItem)]);
      setNextCursor(result.value.nextCursor);
    });
  }
  const loaded = nextCursor ? t("loadedMore", { count: articles.length }) : t("loaded", { count: articles.length });

  return (
    <section aria-label={t("label")}>
      <div className="mb-3 flex flex-wrap items-end justify-between gap-3">
        <div className="w-full max-w-sm">
          <TextField
            label={t("filter")}
            dir="auto"
            type="search"
            name="filter"
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
            aria-controls={shown.length > 0 ? "article-table" : undefined}
            autoComplete="off"
          />
        </div>
        <p className="text-sm text-[var(--color-muted)]" aria-live="polite">
          {query ? t("shownOf", { shown: shown.length, loaded }) : loaded}
        </p>
      </div>
      {shown.length === 0 ? (
        <p className="rounded-lg border border-dashed border-[var(--color-line)] bg-white px-4 py-8 text-center text-sm text-[var(--color-muted)]">{t("noneMatch", { query: filter.trim() })}</p>
      ) : (
        <ArticleTable articles={shown} now={now} />
      )}
      {loadError && <Alert tone="error">{loadError}</Alert>}
      {nextCursor && (
        <p className="mt-3 text-center">
          <Button type="button" onClick={loadMore} disabled={loading}>
            {loading ? t("loading") : t("loadMore")}
          </Button>
        </p>
      )}
    </section>
  );
}

function ArticleTable({ articles, now }: { articles: ArticleListItem[]; now: string }) {
  const t = useTranslations("articles.list.columns");
  const kindsPlural = useTranslations("kindsPlural");
  return (
    <div className="relative overflow-x-auto rounded-lg border border-[var(--color-line)] bg-white">
      <table id="article-table" className="w-full table-fixed text-start text-sm xl:table-auto">
        <thead className="border-b border-[var(--color-line)] bg-gray-50 text-xs uppercase tracking-wide text-[var(--color-muted)]">
          <tr>
            <th scope="col" className="px-2 py-2 sm:px-4">
              {t("title")}
            </th>
            <th scope="col" className="hidden w-32 px-2 py-2 sm:px-4 lg:table-cell">
              {t("outlet")}
            </th>
            <th scope="col" className="hidden w-32 px-2 py-2 sm:px-4 lg:table-cell">
              {t("published")}
            </th>
            <th scope="col" className="hidden w-28 px-2 py-2 sm:table-cell sm:px-4">
              {t("status")}
            </th>
            <th scope="col" className="w-28 px-2 py-2 sm:w-36 sm:px-4">
              {t("due")}
            </th>
            <th scope="col" className="hidden w-32 px-2 py-2 sm:px-4 md:table-cell">
              {t("assignees")}
            </th>
            {ANNOTATION_KINDS.map((kind) => (
              <th key={kind} scope="col" className="hidden px-3 py-2 text-end xl:table-cell">
                {kindsPlural(kind)}
              </th>
            ))}
            <th scope="col" className="w-24 px-2 py-2 text-end sm:px-3">
              {t("awaitingReview")}
            </th>
            <th scope="col" className="hidden w-24 px-3 py-2 text-end md:table-cell">
              {t("orphaned")}
            </th>
          </tr>
        </thead>
        <tbody>
          {articles.map((article) => (
            <ArticleRow key={article.id} article={article} now={now} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ArticleRow({ article, now }: { article: ArticleListItem; now: string }) {
  const t = useTranslations("articles.list.row");
  const locale = useLocale();
  return (
    <tr className="border-b border-[var(--color-line)] last:border-0 hover:bg-gray-50" data-testid={`article-row-${article.id}`}>
      <th scope="row" className="px-2 py-2 font-medium [overflow-wrap:anywhere] sm:px-4">
        <AppLink href={`/articles/${article.id}`} dir="auto" className="underline-offset-2 hover:underline">
          {article.title}
        </AppLink>
        {/* On a phone the status column is folded in here. */}
        <span className="mt-1 block font-normal sm:hidden">
          <DeskStatusBadge status={article.deskStatus} />
        </span>
      </th>
      <td className="hidden px-4 py-2 [overflow-wrap:anywhere] lg:table-cell" dir="auto">
        {article.outlet || <Dash />}
      </td>
      <td className="hidden whitespace-nowrap px-4 py-2 lg:table-cell">{article.publishedOn ? <DateTime value={article.publishedOn} kind="date" locale={locale} /> : <Dash />}</td>
      <td className="hidden px-2 py-2 sm:table-cell sm:px-4">
        <DeskStatusBadge status={article.deskStatus} />
      </td>
      <td className="px-2 py-2 sm:px-4">{article.dueAt ? <DueDate dueAt={article.dueAt} now={now} /> : <Dash />}</td>
      <td className="hidden px-4 py-2 md:table-cell">
        <AssigneeList assignees={article.assignees} compact />
      </td>
      {ANNOTATION_KINDS.map((kind) => (
        <td key={kind} className="hidden px-3 py-2 text-end tabular-nums xl:table-cell" data-testid={`count-${kind}`}>
          <span className={article.counts[kind] === 0 ? "text-[var(--color-muted)]" : ""}>{article.counts[kind]}</span>
          <span className="sr-only"> {t(`kindAnnotations.${kind}`)}</span>
        </td>
      ))}
      <td className="px-2 py-2 text-end tabular-nums sm:px-3" data-testid="count-awaiting-review">
        {article.awaitingReview > 0 ? (
          <Badge className="border-amber-400 bg-amber-100 font-semibold text-amber-900" title={t("awaitingTitle")}>
            {article.awaitingReview}
            <span className="sr-only">&nbsp;{t("awaiting")}</span>
          </Badge>
        ) : (
          <span className="text-[var(--color-muted)]">0</span>
        )}
      </td>
      <td className="hidden px-3 py-2 text-end tabular-nums md:table-cell" data-testid="count-orphaned">
        {article.orphaned > 0 ? (
          <Badge className="border-rose-300 bg-rose-50 text-rose-800" title={t("orphanedTitle")}>
            {article.orphaned}
            <span className="sr-only">&nbsp;{t("orphaned")}</span>
          </Badge>
        ) : (
          <Dash />
        )}
      </td>
    </tr>
  );
}

/** An empty cell: a dash on screen, "none" for screen readers. */
function Dash() {
  const t = useTranslations("articles.list.row");
  return (
    <>
      <span aria-hidden="true" className="text-[var(--color-muted)]">
        —
      </span>
      <span className="sr-only">{t("none")}</span>
    </>
  );
}

function EmptyState({ canAdd }: { canAdd: boolean }) {
  const t = useTranslations("articles.list");
  return (
    <section aria-label={t("label")} className="rounded-lg border border-dashed border-[var(--color-line)] bg-white px-6 py-12 text-center">
      <h2 className="text-base font-semibold">{t("emptyTitle")}</h2>
      <p className="mt-1 text-sm text-[var(--color-muted)]">{canAdd ? t("emptyCanAdd") : t("emptyCannotAdd")}</p>
      {canAdd && (
        <p className="mt-4">
          <AppLink href="/articles/new" className="font-medium underline underline-offset-2">
            {t("addOne")}
          </AppLink>
        </p>
      )}
    </section>
  );
}
