import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { SearchFilters } from "@/components/search/search-filters";
import { SearchResults } from "@/components/search/search-results";
import { Alert } from "@/components/ui/alert";
import { AppLink } from "@/components/ui/app-link";
import { FieldErrorText } from "@/components/ui/field-error-text";
import { PageHeader } from "@/components/ui/page-header";
import { DEFAULT_PAGE_LIMIT } from "@/lib/paging/page-cursor";
import { requirePageUser } from "@/lib/server/auth/current-user";
import { searchDesk } from "@/lib/server/search/search-desk";
import { listAssignableUsers } from "@/lib/server/users/list-assignable-users";
import { searchFilterFromSearchParams, searchFilterSchema } from "@/lib/validations/search";
import { zodFieldErrors } from "@/lib/validations/zod-errors";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("search"))("title") };
}

type SearchParams = Record<string, string | string[] | undefined>;

function toSearchParams(params: SearchParams): URLSearchParams {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) search.append(key, one);
  return search;
}

/** The desk search: results grouped by article with highlighted snippets, filters in the address, paged. */
export default async function SearchPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePageUser("article.read");
  const params = toSearchParams(await searchParams);
  const raw = searchFilterFromSearchParams(params);
  const authors = await listAssignableUsers(user);
  const values = {
    q: String(raw.q ?? ""),
    kind: params.get("kind") ?? "",
    verdict: params.get("verdict") ?? "",
    status: params.get("status") ?? "",
    author: params.get("author") ?? "",
    from: params.get("from") ?? "",
    to: params.get("to") ?? "",
  };
  const t = await getTranslations("search");
  const header = <PageHeader title={t("title")} description={t("description")} />;
  const filters = <SearchFilters values={values} authors={authors.ok ? authors.value : []} />;
  if (!values.q.trim()) {
    return (
      <div>
        {header}
        {filters}
      </div>
    );
  }
  const parsed = searchFilterSchema.safeParse(raw);
  if (!parsed.success) {
    return (
      <div>
        {header}
        {filters}
        <Alert tone="error">
          <FieldErrors fieldErrors={zodFieldErrors(parsed.error)} />
        </Alert>
      </div>
    );
  }
  const result = await searchDesk(user, parsed.data, { limit: DEFAULT_PAGE_LIMIT / 2, cursor: params.get("cursor") || null });
  const next = new URLSearchParams(params);
  if (result.ok && result.value.nextCursor) next.set("cursor", result.value.nextCursor);
  return (
    <div>
      {header}
      {filters}
      {!result.ok ? (
        <Alert tone="error">
          {result.error.fieldErrors ? (
            <FieldErrors fieldErrors={result.error.fieldErrors} />
          ) : (await getLocale()) === "en" ? (
            result.error.message
          ) : (
            (await getTranslations("errors"))(result.error.code)
          )}
        </Alert>
      ) : result.value.groups.length === 0 ? (
        <p className="text-sm text-[var(--color-muted)]" role="status">
          {t(params.get("cursor") ? "nothingOnPage" : "nothing", { query: values.q })}
        </p>
      ) : (
        <>
          <p className="sr-only" role="status">
            {t("articlesMatch", { count: result.value.groups.length })}
          </p>
          <SearchResults groups={result.value.groups} />
          {result.value.nextCursor && (
            <p className="mt-4">
              <AppLink href={`/search?${next}`}>{t("next")}</AppLink>
            </p>
          )}
        </>
      )}
    </div>
  );
}

/** Each field problem of the search, in the reader's language. */
function FieldErrors({ fieldErrors }: { fieldErrors: Record<string, string> }) {
  return Object.values(fieldErrors).map((message) => (
    <p key={message}>
      <FieldErrorText message={message} />
    </p>
  ));
}
