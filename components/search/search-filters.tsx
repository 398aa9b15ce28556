import { useTranslations } from "next-intl";
import { ANNOTATION_KINDS } from "@/lib/domain/annotation-kinds";
import { REVIEW_STATUSES } from "@/lib/domain/review-statuses";
import { VERDICTS } from "@/lib/domain/verdicts";
import { MAX_SEARCH_QUERY_CHARS } from "@/lib/search/search-query";

type Values = { q: string; kind?: string; verdict?: string; status?: string; author?: string; from?: string; to?: string };

const CONTROL = "rounded-md border border-[var(--color-line)] bg-white px-2 py-1.5 text-sm";

function Select({ name, label, value, options }: { name: string; label: string; value?: string; options: { value: string; label: string }[] }) {
  const t = useTranslations("search.filters");
  return (
    <label className="flex flex-col gap-1 text-xs font-medium text-[var(--color-muted)]">
      {label}
      <select name={name} defaultValue={value ?? ""} className={CONTROL}>
        <option value="">{t("any")}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * The search page's query and filters, as a plain GET form (the address holds the search, so it
 * can be shared and the back button works). Kind, verdict, status and author narrow to annotations.
 */
export function SearchFilters({ values, authors }: { values: Values; authors: { id: string; name: string }[] }) {
  const t = useTranslations("search.filters");
  const kinds = useTranslations("kinds");
  const verdicts = useTranslations("verdicts");
  const statuses = useTranslations("reviewStatuses");
  return (
    <form action="/search" method="get" className="mb-6 flex flex-wrap items-end gap-3" aria-label={t("label")}>
      <label className="flex min-w-[16rem] flex-1 flex-col gap-1 text-xs font-medium text-[var(--color-muted)]">
        {t("query")}
        <input name="q" type="search" required maxLength={MAX_SEARCH_QUERY_CHARS} defaultValue={values.q} dir="auto" className={CONTROL} aria-describedby="search-syntax" />
      </label>
      <Select name="kind" label={t("kind")} value={values.kind} options={ANNOTATION_KINDS.map((value) => ({ value, label: kinds(value) }))} />
      <Select name="verdict" label={t("verdict")} value={values.verdict} options={VERDICTS.map((value) => ({ value, label: verdicts(value) }))} />
      <Select name="status" label={t("status")} value={values.status} options={REVIEW_STATUSES.map((value) => ({ value, label: statuses(value) }))} />
      <Select name="author" label={t("author")} value={values.author} options={authors.map((author) => ({ value: author.id, label: author.name }))} />
      <label className="flex flex-col gap-1 text-xs font-medium text-[var(--color-muted)]">
        {t("from")}
        <input name="from" type="date" defaultValue={values.from} className={CONTROL} />
      </label>
      <label className="flex flex-col gap-1 text-xs font-medium text-[var(--color-muted)]">
        {t("to")}
        <input name="to" type="date" defaultValue={values.to} className={CONTROL} />
      </label>
      <button type="submit" className="rounded-md bg-[var(--color-ink)] px-3 py-1.5 text-sm font-medium text-white">
        {t("submit")}
      </button>
      <p id="search-syntax" className="w-full text-xs text-[var(--color-muted)]">
        {t.rich("syntax", { code: (chunks) => <code>{chunks}</code> })}
      </p>
    </form>
  );
}
