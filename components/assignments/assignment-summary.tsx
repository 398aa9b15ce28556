import { useLocale, useTranslations } from "next-intl";
import { initialsOf } from "@/lib/assignments/initials";
import { dueState } from "@/lib/assignments/due-dates";
import { DateTime } from "@/components/ui/date-time";
import { ASSIGNMENT_ROLES, type DeskStatus } from "@/lib/domain/desk-statuses";
import type { AssigneeDto } from "@/lib/dto/article-dto";
import { Badge } from "@/components/ui/badge";

const STATUS_TONES: Record<DeskStatus, string> = {
  to_do: "border-gray-300 bg-gray-50 text-gray-800",
  annotating: "border-sky-300 bg-sky-50 text-sky-900",
  in_review: "border-amber-400 bg-amber-50 text-amber-900",
  done: "border-emerald-300 bg-emerald-50 text-emerald-900",
  published: "border-emerald-600 bg-emerald-600 text-white",
};

/** The desk status as a badge. */
export function DeskStatusBadge({ status }: { status: DeskStatus }) {
  const t = useTranslations("assignments");
  const statuses = useTranslations("deskStatuses");
  return (
    <Badge className={STATUS_TONES[status]} title={t("deskStatus")}>
      <span className="sr-only">{t("statusPrefix")} </span>
      {statuses(status)}
    </Badge>
  );
}

/** The due date, highlighted when overdue; the full date in words for screen readers. */
export function DueDate({ dueAt, now }: { dueAt: string | null; now: string }) {
  const t = useTranslations("assignments.due");
  const locale = useLocale();
  if (!dueAt) return <span className="text-[var(--color-muted)]">{t("none")}</span>;
  const state = dueState(dueAt, new Date(now));
  const overdue = state === "overdue";
  return (
    <span
      data-testid="due-date"
      data-due-state={state}
      className={overdue ? "rounded bg-rose-100 px-1.5 py-0.5 font-semibold text-rose-800" : state === "this_week" ? "font-medium text-amber-800" : ""}
    >
      <span aria-hidden="true">{t.rich(overdue ? "overdueShort" : "dueShort", { date: () => <DateTime value={dueAt} kind="date" locale={locale} /> })}</span>
      <span className="sr-only">{t.rich(overdue ? "overdueLong" : "dueLong", { date: () => <DateTime value={dueAt} kind="date" month="long" locale={locale} /> })}</span>
    </span>
  );
}

/** Who is assigned, by role: initials on screen with the name as title, names for screen readers. */
export function AssigneeList({ assignees, compact = false }: { assignees: AssigneeDto[]; compact?: boolean }) {
  const t = useTranslations("assignments");
  const roles = useTranslations("assignmentRoles");
  if (assignees.length === 0) return <span className="text-[var(--color-muted)]">{t("unassigned")}</span>;
  return (
    <span className="inline-flex flex-wrap items-center gap-x-3 gap-y-1" data-testid="assignees">
      {ASSIGNMENT_ROLES.map((role) => {
        const people = assignees.filter((a) => a.role === role);
        if (people.length === 0) return null;
        return (
          <span key={role} className="inline-flex items-center gap-1">
            <span className="text-xs text-[var(--color-muted)]">{roles(role)}:</span>
            {people.map((person) => (
              <span key={person.userId} title={person.name} className="inline-flex items-center gap-1">
                <span aria-hidden="true" className="inline-flex h-6 min-w-6 items-center justify-center rounded-full bg-gray-200 px-1 text-[0.65rem] font-semibold">
                  {initialsOf(person.name)}
                </span>
                <span className={compact ? "sr-only" : "text-sm"} dir="auto">
                  {person.name}
                </span>
              </span>
            ))}
          </span>
        );
      })}
    </span>
  );
}
