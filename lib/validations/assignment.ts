import { z } from "./zod";
import { DUE_FILTERS } from "../assignments/due-dates";
import { ASSIGNMENT_ROLES, DESK_STATUSES } from "../domain/desk-statuses";
import { queryList, queryValue } from "./query-params";

/** The most people one article can be assigned to. */
export const MAX_ASSIGNEES = 50;

const id = z.string({ error: "must be a user id" }).trim().min(1, "Required").max(64, "Not a valid id");
const assignee = z.strictObject({
  userId: id,
  role: z.enum(ASSIGNMENT_ROLES, { error: "role must be annotate or review" }),
});
const dueAt = z
  .union([z.iso.datetime({ offset: true }), z.iso.date()], { error: "dueAt must be an ISO 8601 date or time, e.g. 2026-12-03 or 2026-12-03T17:00:00Z, or null" })
  .transform((value) => new Date(value.length === 10 ? `${value}T23:59:59.999Z` : value))
  .nullable();
const deskStatus = z.enum(DESK_STATUSES, { error: `deskStatus must be one of ${DESK_STATUSES.join(", ")}` });

/**
 * Body of `PUT /api/articles/{id}/assignments`: the whole list of assignees (replaces the current
 * one), and optionally the due date (a date alone means the end of that day, UTC; null clears it)
 * and the desk status. Left-out `dueAt`/`deskStatus` stay as they are.
 */
export const setAssignmentsSchema = z.strictObject({
  assignees: z.array(assignee, { error: "assignees must be a list of { userId, role }" }).max(MAX_ASSIGNEES, `At most ${MAX_ASSIGNEES} assignees`),
  dueAt: dueAt.optional(),
  deskStatus: deskStatus.optional(),
});
export type SetAssignmentsInput = z.infer<typeof setAssignmentsSchema>;

/** Server-action input of the Assign dialog: the article and {@link setAssignmentsSchema}. */
export const assignArticleInputSchema = setAssignmentsSchema.extend({ articleId: id });

/** Server-action input of the desk status select. */
export const setDeskStatusInputSchema = z.strictObject({ articleId: id, deskStatus });

/** Filters of the article list (`GET /api/articles?assignee=&status=&due=`, and the list page's URL). */
export const articleListFilterSchema = z.object({
  /** A user id, or `me`: articles that person is assigned to (either role). */
  assignee: id.optional(),
  status: z.array(deskStatus).optional(),
  due: z.enum(DUE_FILTERS, { error: "due must be overdue, this_week or any" }).optional(),
});
export type ArticleListFilter = z.infer<typeof articleListFilterSchema>;

/** Query parameters → the object {@link articleListFilterSchema} checks; empty values are ignored. */
export function articleListFilterFromSearchParams(search: URLSearchParams): Record<string, unknown> {
  return { assignee: queryValue(search, "assignee"), status: queryList(search, "status"), due: queryValue(search, "due") };
}
