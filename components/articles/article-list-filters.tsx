import { useTranslations } from "next-intl";
import { AppLink } from "@/components/ui/app-link";
import { DESK_STATUSES } from "@/lib/domain/desk-statuses";
import type { ArticleListFilter } from "@/lib/validations/assignment";

const SELECT = "block rounded-md border border-[var(--color-line)] bg-white px-2 py-1.5 text-sm max-w-full";

/**
 * The list's filters as a plain GET form: they live in the URL (shareable, kept by Back), and
 * "Load more" sends them with each next page.
 */
export function ArticleListFilters({ filter, people }: { filter: ArticleListFilter; people: { id: string; name: string }[] }) {
  const active = Boolean(filter.assignee || filter.status?.length || filter.due);
  const t = useTranslations("articles.filters");
  const statuses = useTranslations("deskStatuses");
  return (
    <form method="get" action="/articles" aria-label={t("label")} className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-[var(--color-line)] bg-white p-3">
      <label className="min-w-0 max-w-full text-sm">
        <span className="mb-1 block font-medium">{t("assignee")}</span>
        <select name="assignee" defaultValue={filter.assignee ?? ""} className={SELECT}>
          <option value="">{t("anyone")}</option>
          <option value="me">{t("me")}</option>
          {people.map((person) => (
            <option key={person.id} value={person.id} dir="auto">
              {person.name}
            </option>
          ))}
        </select>
      </label>
      <label className="min-w-0 max-w-full text-sm">
        <span className="mb-1 block font-medium">{t("status")}</span>
        <select name="status" defaultValue={filter.status?.[0] ?? ""} className={SELECT}>
          <option value="">{t("anyStatus")}</option>
          {DESK_STATUSES.map((status) => (
            <option key={status} value={status}>
              {statuses(status)}
            </option>
          ))}
        </select>
      </label>
      <label className="min-w-0 max-w-full text-sm">
        <span className="mb-1 block font-medium">{t("due")}</span>
        <select name="due" defaultValue={filter.due ?? ""} className={SELECT}>
          <option value="">{t("anyTime")}</option>
          <option value="overdue">{t("overdue")}</option>
          <option value="this_week">{t("thisWeek")}</option>
        </select>
      </label>
      <button type="submit" className="rounded-md border border-[var(--color-line)] bg-white px-3 py-1.5 text-sm font-medium hover:bg-gray-50">
        {t("apply")}
      </button>
      {active && (
        <AppLink href="/articles" className="text-sm">
          {t("clear")}
        </AppLink>
      )}
    </form>
  );
}
