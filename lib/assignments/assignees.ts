import { ASSIGNABLE_ROLES, type AssignmentRole } from "../domain/desk-statuses";
import { ROLE_LABELS, type Role } from "../domain/roles";

/** One person on an article, and what they are asked to do. */
export type Assignee = { userId: string; role: AssignmentRole };

/** What the assignment rules need to know about a candidate assignee. */
export type Candidate = { id: string; name: string; role: Role; active: boolean };

/** The same assignees, each once, in a stable order (role, then user id): what is stored and compared. */
export function normaliseAssignees(assignees: readonly Assignee[]): Assignee[] {
  const seen = new Set<string>();
  const unique: Assignee[] = [];
  for (const assignee of assignees) {
    const key = `${assignee.role}:${assignee.userId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push({ userId: assignee.userId, role: assignee.role });
  }
  return unique.sort((a, b) => (a.role === b.role ? (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0) : a.role < b.role ? -1 : 1));
}

/**
 * Why an assignee cannot take their assignment, or null: they must exist, be active and have a
 * role that can do the work ({@link ASSIGNABLE_ROLES}). Messages name the person.
 */
export function assigneeProblem(assignee: Assignee, candidate: Candidate | undefined): string | null {
  if (!candidate) return `No user with id ${assignee.userId}`;
  if (!candidate.active) return `${candidate.name} is deactivated and cannot be assigned`;
  if (!ASSIGNABLE_ROLES[assignee.role].includes(candidate.role)) {
    const allowed = ASSIGNABLE_ROLES[assignee.role].map((role) => ROLE_LABELS[role].toLowerCase() + "s").join(" and ");
    return `${candidate.name} is ${article(candidate.role)} ${ROLE_LABELS[candidate.role].toLowerCase()}: only ${allowed} can be assigned to ${assignee.role}`;
  }
  return null;
}

function article(role: Role): string {
  return role === "reviewer" ? "a" : "an";
}

/** Whether two assignee lists hold the same people in the same roles (order does not matter). */
export function sameAssignees(a: readonly Assignee[], b: readonly Assignee[]): boolean {
  const left = normaliseAssignees(a);
  const right = normaliseAssignees(b);
  return left.length === right.length && left.every((x, i) => x.userId === right[i].userId && x.role === right[i].role);
}
