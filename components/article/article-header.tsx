import { useLocale, useTranslations } from "next-intl";
import { DateTime } from "@/components/ui/date-time";
import { AppLink } from "@/components/ui/app-link";
import { DirectionArrow } from "@/components/ui/direction-arrow";
import { allows, type PolicyActor } from "@/lib/policy/policy";
import type { ArticleDetailDto } from "@/lib/dto/article-dto";
import { ArticleAssignmentBar } from "@/components/assignments/article-assignment-bar";
import type { AssignableUser } from "@/lib/server/users/list-assignable-users";
import { ExportMenu } from "./export-menu";

type Props = {
  article: Omit<ArticleDetailDto, "text">;
  viewer: PolicyActor;
  /** For those who may assign: the people they can pick. */
  assignableUsers: AssignableUser[] | null;
  now: string;
};

/** Title and metadata of an article, with its actions. */
export function ArticleHeader({ article, viewer, assignableUsers, now }: Props) {
  const meta = [article.outlet, article.byline, article.publishedOn].filter(Boolean).join(" · ");
  const t = useTranslations("article.header");
  const locale = useLocale();
  return (
    <header className="mb-6 border-b border-[var(--color-line)] pb-4">
      <p className="text-sm">
        <AppLink href="/articles">
          <DirectionArrow to="back" /> {t("back")}
        </AppLink>
      </p>
      <div className="mt-2 flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <h1 className="text-2xl font-semibold tracking-tight" dir="auto">
            {article.title}
          </h1>
          {meta && (
            <p className="mt-1 text-sm text-[var(--color-muted)]" dir="auto">
              {meta}
            </p>
          )}
          {article.url && (
            <p className="mt-1 truncate text-sm">
              <a href={article.url} rel="noopener noreferrer nofollow" target="_blank" dir="auto">
                {article.url}
              </a>
            </p>
          )}
          <p className="mt-1 text-xs text-[var(--color-muted)]">
            {t.rich("revision", {
              number: article.revision.number,
              date: () => <DateTime value={article.revision.createdAt} locale={locale} />,
              name: article.revision.createdBy.name,
            })}
          </p>
          <ArticleAssignmentBar article={article} assignableUsers={assignableUsers} now={now} />
        </div>
        <nav aria-label={t("actions")} className="flex flex-wrap gap-2" data-testid="article-actions">
          {allows(viewer, "article.revise") && (
            <AppLink href={`/articles/${article.id}/edit`} className="rounded-md border border-[var(--color-line)] bg-white px-3 py-1.5 text-sm no-underline hover:bg-gray-50">
              {t("editText")}
            </AppLink>
          )}
          <AppLink href={`/articles/${article.id}/revisions`} className="rounded-md border border-[var(--color-line)] bg-white px-3 py-1.5 text-sm no-underline hover:bg-gray-50">
            {t("revisions")}
          </AppLink>
          <ExportMenu articleId={article.id} />
        </nav>
      </div>
    </header>
  );
}
