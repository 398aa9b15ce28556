import { useTranslations } from "next-intl";
import { ANNOTATION_KINDS } from "@/lib/domain/annotation-kinds";

type Props = {
  articles: { id: string; title: string }[];
  authors: { id: string; name: string }[];
  filter: { article?: string; author?: string; kind?: string; status?: string };
};

const SELECT = "w-full max-w-full rounded-md border border-[var(--color-line)] bg-white px-2 py-1.5 text-sm sm:w-auto sm:max-w-xs";

/** Filters for the queue: a plain GET form, so a filtered queue has a shareable URL. */
export function ReviewQueueFilters({ articles, authors, filter }: Props) {
  const t = useTranslations("review.filters");
  const kinds = useTranslations("kinds");
  const statuses = useTranslations("reviewStatuses");
  return (
    <form method="get" className="mb-4 flex flex-wrap items-end gap-3 text-sm" aria-label={t("label")}>
      <label className="flex min-w-0 max-w-full flex-col gap-1">
        {t("article")}
        <select name="article" defaultValue={filter.article ?? ""} className={SELECT}>
          <option value="">{t("allArticles")}</option>
          {articles.map((article) => (
            <option key={article.id} value={article.id} dir="auto">
              {article.title}
            </option>
          ))}
        </select>
      </label>
      <label className="flex min-w-0 max-w-full flex-col gap-1">
        {t("kind")}
        <select name="kind" defaultValue={filter.kind ?? ""} className={SELECT}>
          <option value="">{t("allKinds")}</option>
          {ANNOTATION_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {kinds(kind)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex min-w-0 max-w-full flex-col gap-1">
        {t("author")}
        <select name="author" defaultValue={filter.author ?? ""} className={SELECT}>
          <option value="">{t("everyone")}</option>
          {authors.map((author) => (
            <option key={author.id} value={author.id} dir="auto">
              {author.name}
            </option>
          ))}
        </select>
      </label>
      <label className="flex min-w-0 max-w-full flex-col gap-1">
        {t("status")}
        <select name="status" defaultValue={filter.status ?? ""} className={SELECT}>
          <option value="">{t("defaultStatus")}</option>
          <option value="needs_rereview">{statuses("needs_rereview")}</option>
          <option value="submitted">{statuses("submitted")}</option>
        </select>
      </label>
      <button type="submit" className="rounded-md border border-[var(--color-line)] bg-white px-3 py-1.5 hover:bg-gray-50">
        {t("apply")}
      </button>
    </form>
  );
}
