import type { Role } from "./roles";

/** Where an article stands on the desk, in workflow order. */
export const DESK_STATUSES = ["to_do", "annotating", "in_review", "done", "published"] as const;
export type DeskStatus = (typeof DESK_STATUSES)[number];

export const DESK_STATUS_LABELS: Record<DeskStatus, string> = {
  to_do: "To do",
  annotating: "Annotating",
  in_review: "In review",
  done: "Done",
  published: "Published",
};

/** What an assignee is asked to do on an article. */
export const ASSIGNMENT_ROLES = ["annotate", "review"] as const;
export type AssignmentRole = (typeof ASSIGNMENT_ROLES)[number];

export const ASSIGNMENT_ROLE_LABELS: Record<AssignmentRole, string> = { annotate: "Editors", review: "Reviewers" };

/**
 * The account roles that can take each assignment: anyone may annotate (reviewers annotate too),
 * only reviewers and admins review (the same roles the policy lets decide on annotations).
 */
export const ASSIGNABLE_ROLES: Record<AssignmentRole, readonly Role[]> = {
  annotate: ["editor", "reviewer", "admin"],
  review: ["reviewer", "admin"],
};
