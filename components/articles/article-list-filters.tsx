import { AppLink } from "@/components/ui/app-link";
import { DESK_STATUS_LABELS, DESK_STATUSES } from "@/lib/domain/desk-statuses";
import type { ArticleListFilter } from "@/lib/validations/assignment";

const SELECT = "block rounded-md border border-[var(--color-line)] bg-white px-2 py-1.5 text-sm max-w-full";

/**
 * The list's filters as a plain GET form: they live in the URL (shareable, kept by Back), and
 * "Load more" sends them with each next page.
 */
export function ArticleListFilters({ filter, people }: { filter: ArticleListFilter; people: { id: string; name: string }[] }) {
  const active = Boolean(filter.assignee || filter.status?.length || filter.due);
  return (
    <form method="get" action="/articles" aria-label="Filter articles" className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-[var(--color-line)] bg-white p-3">
      <label className="min-w-0 max-w-full text-sm">
        <span className="mb-1 block font-medium">Assigned to</span>
        <select name="assignee" defaultValue={filter.assignee ?? ""} className={SELECT}>
          <option value="">Anyone</option>
          <option value="me">Me</option>
          {people.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </select>
      </label>
      <label className="min-w-0 max-w-full text-sm">
        <span className="mb-1 block font-medium">Status</span>
        <select name="status" defaultValue={filter.status?.[0] ?? ""} className={SELECT}>
          <option value="">Any status</option>
          {DESK_STATUSES.map((status) => (
            <option key={status} value={status}>
              {DESK_STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </label>
      <label className="min-w-0 max-w-full text-sm">
        <span className="mb-1 block font-medium">Due</span>
        <select name="due" defaultValue={filter.due ?? ""} className={SELECT}>
          <option value="">Any time</option>
          <option value="overdue">Overdue</option>
          <option value="this_week">This week</option>
        </select>
      </label>
      <button type="submit" className="rounded-md border border-[var(--color-line)] bg-white px-3 py-1.5 text-sm font-medium hover:bg-gray-50">
        Apply filters
      </button>
      {active && (
        <AppLink href="/articles" className="text-sm">
          Clear filters
        </AppLink>
      )}
    </form>
  );
}
