import type { Role } from "../../lib/domain/roles";

/**
 * Who may use each page, API route and server action. The authorization matrix test checks
 * every one of them for anonymous, editor, reviewer, admin and deactivated callers, and fails
 * if the app has an entry point that is missing here.
 */
const ALL: Role[] = ["editor", "reviewer", "admin"];
const EDITORS: Role[] = ["editor", "admin"];
const REVIEWERS: Role[] = ["reviewer", "admin"];
const ADMINS: Role[] = ["admin"];
/** Nobody among the test's callers (only the record's own author may, who is none of them). */
const NONE: Role[] = [];

export const PAGE_RULES: Record<string, Role[]> = {
  "/": ALL,
  "/articles": ALL,
  "/articles/new": EDITORS,
  "/articles/[id]": ALL,
  "/articles/[id]/edit": EDITORS,
  "/articles/[id]/report": ALL,
  "/articles/[id]/revisions": ALL,
  "/articles/[id]/revisions/[n]": ALL,
  "/review": ALL,
  "/settings": ALL,
  "/change-password": ALL,
  "/admin/users": ADMINS,
};

/** Pages anyone may open. */
export const PUBLIC_PAGES = ["/sign-in"];

export const API_RULES: Record<string, Role[]> = {
  "GET /api/users": ADMINS,
  "POST /api/users": ADMINS,
  "PATCH /api/users/[id]": ADMINS,
  "GET /api/articles": ALL,
  "POST /api/articles": EDITORS,
  "POST /api/articles/import": EDITORS,
  "GET /api/articles/[id]": ALL,
  "PUT /api/articles/[id]": EDITORS,
  "GET /api/articles/[id]/annotations": ALL,
  "POST /api/articles/[id]/annotations": ALL,
  "POST /api/articles/[id]/submit": ALL,
  "GET /api/articles/[id]/review-progress": ALL,
  "GET /api/articles/[id]/revisions": ALL,
  "GET /api/articles/[id]/revisions/[n]": ALL,
  "GET /api/articles/[id]/export": ALL,
  "GET /api/annotations/[id]": ALL,
  // Someone else's annotation: everyone gets 404 on edit/delete (authorisation in the query).
  "PATCH /api/annotations/[id]": ALL,
  "DELETE /api/annotations/[id]": ALL,
  // Submitting someone else's annotation: admins only.
  "POST /api/annotations/[id]/submit": ADMINS,
  "POST /api/annotations/[id]/approve": REVIEWERS,
  "POST /api/annotations/[id]/reject": REVIEWERS,
  "POST /api/annotations/[id]/request-changes": REVIEWERS,
  "POST /api/annotations/[id]/reopen": REVIEWERS,
  "POST /api/annotations/[id]/reattach": ALL,
  "GET /api/annotations/[id]/comments": ALL,
  "POST /api/annotations/[id]/comments": ALL,
  "GET /api/annotations/[id]/history": ALL,
  "PATCH /api/comments/[id]": NONE,
  "GET /api/review-queue": ALL,
  "GET /api/review-queue/count": ALL,
  "GET /api/events": ALL,
  "POST /api/presence": ALL,
};

/** Server actions by `file#export`; `public` ones are callable signed out. */
export const ACTION_RULES: Record<string, Role[] | "public"> = {
  "app/sign-in/actions.ts#signInAction": "public",
  "app/(app)/sign-out-action.ts#signOutAction": "public",
  "app/(app)/admin/users/actions.ts#createUserAction": ADMINS,
  "app/(app)/admin/users/actions.ts#updateUserAction": ADMINS,
  "app/(app)/articles/new/actions.ts#createArticleAction": EDITORS,
  "app/(app)/articles/new/import-actions.ts#importArticleAction": EDITORS,
  "app/(app)/articles/[id]/actions.ts#createAnnotationAction": ALL,
  "app/(app)/articles/[id]/actions.ts#updateAnnotationAction": ALL,
  "app/(app)/articles/[id]/actions.ts#deleteAnnotationAction": ALL,
  "app/(app)/articles/[id]/revision-actions.ts#reattachAnnotationAction": ALL,
  "app/(app)/articles/[id]/edit/actions.ts#saveArticleBodyAction": EDITORS,
  "app/(app)/articles/[id]/edit/actions.ts#preparePastedBodyAction": EDITORS,
  "app/(app)/articles/[id]/edit/actions.ts#prepareImportedBodyAction": EDITORS,
  "app/(app)/review/actions.ts#submitAnnotationAction": ALL,
  "app/(app)/review/actions.ts#submitArticleDraftsAction": ALL,
  "app/(app)/review/actions.ts#approveAnnotationAction": REVIEWERS,
  "app/(app)/review/actions.ts#rejectAnnotationAction": REVIEWERS,
  "app/(app)/review/actions.ts#requestChangesAction": REVIEWERS,
  "app/(app)/review/actions.ts#reopenAnnotationAction": REVIEWERS,
  "app/(app)/review/actions.ts#addCommentAction": ALL,
  "app/(app)/review/actions.ts#editCommentAction": ALL,
  "app/(app)/settings/actions.ts#createApiTokenAction": ALL,
  "app/(app)/settings/actions.ts#revokeApiTokenAction": ALL,
  "app/(app)/settings/actions.ts#changePasswordAction": ALL,
};
