/** How a due date stands against now, for highlighting and for the list's filter. */
export type DueState = "none" | "overdue" | "this_week" | "later";

/** The list's due-date filter: overdue, due within seven days (not overdue), or anything. */
export const DUE_FILTERS = ["overdue", "this_week", "any"] as const;
export type DueFilter = (typeof DUE_FILTERS)[number];

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** The time window a due filter selects, as `dueAt` bounds (`lt` exclusive, `gte` inclusive); null for any. */
export function dueWindow(filter: DueFilter, now: Date): { gte?: Date; lt: Date } | null {
  if (filter === "overdue") return { lt: now };
  if (filter === "this_week") return { gte: now, lt: new Date(now.getTime() + WEEK_MS) };
  return null;
}

/** Whether a due date has passed, is within the coming week, or is later; `none` without one. */
export function dueState(dueAt: string | Date | null, now: Date): DueState {
  if (dueAt === null) return "none";
  const due = typeof dueAt === "string" ? new Date(dueAt) : dueAt;
  if (due.getTime() < now.getTime()) return "overdue";
  return due.getTime() < now.getTime() + WEEK_MS ? "this_week" : "later";
}
