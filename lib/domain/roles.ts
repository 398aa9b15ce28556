export const ROLES = ["editor", "reviewer", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  editor: "Editor",
  reviewer: "Reviewer",
  admin: "Admin",
};

/** Reviewers and admins may decide on annotations (never their own: see lib/review). */
export function canReview(role: Role): boolean {
  return role === "reviewer" || role === "admin";
}

/** Everyone signed in may annotate. */
export function canAnnotate(role: Role): boolean {
  return role === "editor" || role === "reviewer" || role === "admin";
}

export function canManageUsers(role: Role): boolean {
  return role === "admin";
}

/** Adding articles, editing their text and importing them is editors' (and admins') work. */
export function canEditArticles(role: Role): boolean {
  return role === "editor" || role === "admin";
}
