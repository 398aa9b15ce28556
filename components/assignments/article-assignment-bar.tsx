import { useTranslations } from "next-intl";
import { AssignDialog } from "@/components/assignments/assign-dialog";
import { AssigneeList, DeskStatusBadge, DueDate } from "@/components/assignments/assignment-summary";
import { DeskStatusSelect } from "@/components/assignments/desk-status-select";
import type { ArticleMetadataDto } from "@/lib/dto/article-dto";
import type { AssignableUser } from "@/lib/server/users/list-assignable-users";

type Props = {
  article: Pick<ArticleMetadataDto, "id" | "assignees" | "dueAt" | "deskStatus">;
  /** The people who can be assigned; null for those who may not assign (they only see who is on it). */
  assignableUsers: AssignableUser[] | null;
  now: string;
};

/** Who is on the article, when it is due and its desk status; editors and admins change them here. */
export function ArticleAssignmentBar({ article, assignableUsers, now }: Props) {
  const t = useTranslations("assignments");
  return (
    <section aria-label={t("label")} className="mt-3 flex flex-wrap items-center gap-x-5 gap-y-2 text-sm" data-testid="article-assignments">
      <AssigneeList assignees={article.assignees} />
      <DueDate dueAt={article.dueAt} now={now} />
      {assignableUsers ? <DeskStatusSelect key={article.deskStatus} articleId={article.id} deskStatus={article.deskStatus} /> : <DeskStatusBadge status={article.deskStatus} />}
      {assignableUsers && <AssignDialog articleId={article.id} assignees={article.assignees} dueAt={article.dueAt} deskStatus={article.deskStatus} users={assignableUsers} />}
    </section>
  );
}
