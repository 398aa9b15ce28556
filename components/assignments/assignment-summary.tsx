import { initialsOf } from "@/lib/assignments/initials";
import { dueState } from "@/lib/assignments/due-dates";
import { DateTime } from "@/components/ui/date-time";
import { ASSIGNMENT_ROLE_LABELS, ASSIGNMENT_ROLES, DESK_STATUS_LABELS, type DeskStatus } from "@/lib/domain/desk-statuses";
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
  return (
    <Badge className={STATUS_TONES[status]} title="Desk status">
      <span className="sr-only">Status: </span>
      {DESK_STATUS_LABELS[status]}
    </Badge>
  );
}

/** The due date, highlighted when overdue; the full date in words for screen readers. */
export function DueDate({ dueAt, now }: { dueAt: string | null; now: string }) {
  if (!dueAt) return <span className="text-[var(--color-muted)]">No due date</span>;
  const state = dueState(dueAt, new Date(now));
  const overdue = state === "overdue";
  return (
    <span
      data-testid="due-date"
      data-due-state={state}
      className={overdue ? "rounded bg-rose-100 px-1.5 py-0.5 font-semibold text-rose-800" : state === "this_week" ? "font-medium text-amber-800" : ""}
    >
      <span aria-hidden="true">
        {overdue ? "Overdue · " : "Due "}
        <DateTime value={dueAt} kind="date" />
      </span>
      <span className="sr-only">
        {overdue ? "Overdue: was due " : "Due "}
        <DateTime value={dueAt} kind="date" month="long" />
      </span>
    </span>
  );
}

/** Who is assigned, by role: initials on screen with the name as title, names for screen readers. */
export function AssigneeList({ assignees, compact = false }: { assignees: AssigneeDto[]; compact?: boolean }) {
  if (assignees.length === 0) return <span className="text-[var(--color-muted)]">Unassigned</span>;
  return (
    <span className="inline-flex flex-wrap items-center gap-x-3 gap-y-1" data-testid="assignees">
      {ASSIGNMENT_ROLES.map((role) => {
        const people = assignees.filter((a) => a.role === role);
        if (people.length === 0) return null;
        return (
          <span key={role} className="inline-flex items-center gap-1">
            <span className="text-xs text-[var(--color-muted)]">{ASSIGNMENT_ROLE_LABELS[role]}:</span>
            {people.map((person) => (
              <span key={person.userId} title={person.name} className="inline-flex items-center gap-1">
                <span aria-hidden="true" className="inline-flex h-6 min-w-6 items-center justify-center rounded-full bg-gray-200 px-1 text-[0.65rem] font-semibold">
                  {initialsOf(person.name)}
                </span>
                <span className={compact ? "sr-only" : "text-sm"}>{person.name}</span>
              </span>
            ))}
          </span>
        );
      })}
    </span>
  );
}
