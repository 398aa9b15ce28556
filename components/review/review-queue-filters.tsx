import { ANNOTATION_KINDS, KIND_LABELS } from "@/lib/domain/annotation-kinds";
import { REVIEW_STATUS_LABELS } from "@/lib/domain/review-statuses";

type Props = {
  articles: { id: string; title: string }[];
  authors: { id: string; name: string }[];
  filter: { article?: string; author?: string; kind?: string; status?: string };
};

const SELECT = "w-full max-w-full rounded-md border border-[var(--color-line)] bg-white px-2 py-1.5 text-sm sm:w-auto sm:max-w-xs";

/** Filters for the queue: a plain GET form, so a filtered queue has a shareable URL. */
export function ReviewQueueFilters({ articles, authors, filter }: Props) {
  return (
    <form method="get" className="mb-4 flex flex-wrap items-end gap-3 text-sm" aria-label="Filter the queue">
      <label className="flex min-w-0 max-w-full flex-col gap-1">
        Article
        <select name="article" defaultValue={filter.article ?? ""} className={SELECT}>
          <option value="">All articles</option>
          {articles.map((article) => (
            <option key={article.id} value={article.id}>
              {article.title}
            </option>
          ))}
        </select>
      </label>
      <label className="flex min-w-0 max-w-full flex-col gap-1">
        Kind
        <select name="kind" defaultValue={filter.kind ?? ""} className={SELECT}>
          <option value="">All kinds</option>
          {ANNOTATION_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </label>
      <label className="flex min-w-0 max-w-full flex-col gap-1">
        Author
        <select name="author" defaultValue={filter.author ?? ""} className={SELECT}>
          <option value="">Everyone</option>
          {authors.map((author) => (
            <option key={author.id} value={author.id}>
              {author.name}
            </option>
          ))}
        </select>
      </label>
      <label className="flex min-w-0 max-w-full flex-col gap-1">
        Status
        <select name="status" defaultValue={filter.status ?? ""} className={SELECT}>
          <option value="">Submitted and re-review</option>
          <option value="needs_rereview">{REVIEW_STATUS_LABELS.needs_rereview}</option>
          <option value="submitted">{REVIEW_STATUS_LABELS.submitted}</option>
        </select>
      </label>
      <button type="submit" className="rounded-md border border-[var(--color-line)] bg-white px-3 py-1.5 hover:bg-gray-50">
        Apply
      </button>
    </form>
  );
}
