import type { ReviewStatus } from "../../lib/domain/review-statuses";
import type { Role } from "../../lib/domain/roles";
import { canAttempt, rolesPermitted, type PolicyAction, type PolicyActor, type PolicyRefusalCode, type Relation } from "../../lib/policy/policy";

/**
 * What each page, API route and server action does, as the policy names it, and on whose record
 * the authorization matrix calls it. Who may is never written here: it comes from the policy
 * (`rolesPermitted`, `canAttempt`), so a change of policy is one edit in lib/policy. The matrix
 * test checks every entry point for anonymous, editor, reviewer, admin, deactivated and
 * must-change-password callers, and fails if the app has an entry point missing here.
 */
export type Rule = {
  action: PolicyAction;
  /**
   * Whose record the matrix acts on: `others` (the seeded owner's), `own`, or `any` for role-only
   * actions and for routes that answer someone else's record with 404 (authorisation in the
   * query), where only the checks that need no record can answer 401/403.
   */
  relation: Relation;
  /** The record's review status, where it matters (reopening an approved annotation). */
  status?: ReviewStatus;
};

const any = (action: PolicyAction): Rule => ({ action, relation: "any" });
const others = (action: PolicyAction, status?: ReviewStatus): Rule => ({ action, relation: "others", status });
const own = (action: PolicyAction): Rule => ({ action, relation: "own" });

/** The roles the policy lets through `rule` (active users with their own password). */
export function rolesFor(rule: Rule): Role[] {
  return rolesPermitted(rule.action, rule.relation, rule.status);
}

/**
 * Why the policy refuses `actor` (a caller's account state and role) before any record is looked
 * at, or null. The matrix uses it for callers whose account state decides, whatever their role.
 */
export function gateRefusal(rule: Rule, actor: PolicyActor): PolicyRefusalCode | null {
  const decision = canAttempt(actor, rule.action);
  return decision.ok ? null : decision.code;
}

export const PAGE_RULES: Record<string, Rule | "public"> = {
  "/": any("article.read"),
  "/articles": any("article.read"),
  "/my-work": any("article.read"),
  "/articles/new": any("article.create"),
  "/articles/[id]": any("article.read"),
  "/articles/[id]/edit": any("article.revise"),
  "/articles/[id]/report": any("article.export"),
  "/articles/[id]/revisions": any("article.read"),
  "/articles/[id]/revisions/[n]": any("article.read"),
  "/articles/[id]/archive": any("article.read"),
  "/review": any("review.queue"),
  "/settings": any("token.manage"),
  "/change-password": any("password.change"),
  "/admin/users": any("user.manage"),
  "/notifications": any("notification.read"),
  "/search": any("article.read"),
  "/dashboard": any("dashboard.read"),
  // Shown while the database is unreachable: nothing to authorise (it reads nothing).
  "/reconnecting": "public",
};

/** Pages anyone may open. */
export const PUBLIC_PAGES = ["/sign-in"];

/** Routes outside the session: `/metrics` answers only a bearer token (FACTDESK_METRICS_TOKEN; tested in app/metrics). */
export const TOKEN_ROUTES = ["/metrics"];

export const API_RULES: Record<string, Rule | "public"> = {
  // For load balancers and orchestrators: no session, and they reveal nothing about the desk.
  "GET /api/health/live": "public",
  "GET /api/health/ready": "public",
  "GET /api/users": any("user.manage"),
  "POST /api/users": any("user.manage"),
  "PATCH /api/users/[id]": any("user.manage"),
  "GET /api/articles": any("article.read"),
  "POST /api/articles": any("article.create"),
  "POST /api/articles/import": any("article.import"),
  "GET /api/articles/[id]": any("article.read"),
  "PUT /api/articles/[id]": any("article.revise"),
  "GET /api/articles/[id]/annotations": any("article.read"),
  "POST /api/articles/[id]/annotations": any("annotation.create"),
  // Submits the caller's own drafts on the article.
  "POST /api/articles/[id]/submit": own("annotation.submit"),
  "GET /api/articles/[id]/review-progress": any("article.read"),
  "PUT /api/articles/[id]/assignments": any("article.assign"),
  "GET /api/my-work": any("article.read"),
  "GET /api/articles/[id]/revisions": any("article.read"),
  "GET /api/articles/[id]/revisions/[n]": any("article.read"),
  "GET /api/articles/[id]/export": any("article.export"),
  "GET /api/articles/[id]/suggestions": any("article.read"),
  "POST /api/articles/[id]/suggestions/dismiss": any("annotation.create"),
  "GET /api/articles/[id]/evidence-archive": any("article.read"),
  // The matrix's article has no evidence: allowed callers get 400 (nothing to check).
  "POST /api/articles/[id]/check-links": any("evidence.archive"),
  // Ids that are not evidence or snapshots: allowed callers get 404.
  "GET /api/evidence/[id]/snapshots": any("article.read"),
  "POST /api/evidence/[id]/archive": any("evidence.archive"),
  "GET /api/snapshots/[id]": any("article.read"),
  "GET /api/annotations/[id]": any("article.read"),
  // Someone else's annotation: 404 on edit/delete (authorisation in the query).
  "PATCH /api/annotations/[id]": any("annotation.edit"),
  "DELETE /api/annotations/[id]": any("annotation.delete"),
  "POST /api/annotations/[id]/submit": others("annotation.submit"),
  "POST /api/annotations/[id]/approve": others("annotation.decide"),
  "POST /api/annotations/[id]/reject": others("annotation.decide"),
  "POST /api/annotations/[id]/request-changes": others("annotation.decide"),
  "POST /api/annotations/[id]/reopen": others("annotation.reopen", "approved"),
  // Only the reviewer's own latest decision can be undone (checked with the decision, else 403/409).
  "POST /api/annotations/[id]/undo": any("annotation.decide"),
  // Someone else's annotation is not found by those who may only re-attach their own.
  "POST /api/annotations/[id]/reattach": any("annotation.reattach"),
  "GET /api/annotations/[id]/comments": any("article.read"),
  "POST /api/annotations/[id]/comments": any("comment.add"),
  "GET /api/annotations/[id]/history": any("article.read"),
  "PATCH /api/comments/[id]": others("comment.edit"),
  "GET /api/review-queue": any("review.queue"),
  "GET /api/audit": any("audit.read"),
  "GET /api/dashboard": any("dashboard.read"),
  // One's own inbox: others' notifications are never listed or marked (authorisation in the query).
  "GET /api/notifications": any("notification.read"),
  "POST /api/notifications/read": any("notification.read"),
  "GET /api/notifications/preferences": any("notification.preferences"),
  "PUT /api/notifications/preferences": any("notification.preferences"),
  "GET /api/members": any("comment.add"),
  "GET /api/review-queue/count": any("review.queue"),
  "GET /api/events": any("article.read"),
  "POST /api/presence": any("article.read"),
  "GET /api/search": any("article.read"),
  "GET /api/claims/similar": any("article.read"),
  "GET /api/articles/[id]/corrections": any("article.read"),
  // Someone else's claim is not found by its reuse (authorisation in the query, like PATCH).
  "POST /api/annotations/[id]/reuse": any("annotation.edit"),
  "POST /api/annotations/[id]/corrections": any("annotation.correct"),
};

/**
 * Server actions by `file#export`; `public` ones are callable signed out. Most are called with an
 * empty argument (refused as invalid once the caller is let through); the decisions act on
 * someone else's annotation.
 */
export const ACTION_RULES: Record<string, Rule | "public"> = {
  "app/sign-in/actions.ts#signInAction": "public",
  "app/(app)/sign-out-action.ts#signOutAction": "public",
  "app/(app)/admin/users/actions.ts#createUserAction": any("user.manage"),
  "app/(app)/admin/users/actions.ts#updateUserAction": any("user.manage"),
  "app/(app)/articles/actions.ts#loadArticlePageAction": any("article.read"),
  "app/(app)/articles/new/actions.ts#createArticleAction": any("article.create"),
  "app/(app)/articles/new/import-actions.ts#importArticleAction": any("article.import"),
  "app/(app)/articles/[id]/actions.ts#createAnnotationAction": any("annotation.create"),
  "app/(app)/articles/[id]/actions.ts#updateAnnotationAction": any("annotation.edit"),
  "app/(app)/articles/[id]/actions.ts#deleteAnnotationAction": any("annotation.delete"),
  "app/(app)/articles/[id]/revision-actions.ts#reattachAnnotationAction": any("annotation.reattach"),
  "app/(app)/articles/[id]/suggestion-actions.ts#listSuggestionsAction": any("article.read"),
  "app/(app)/articles/[id]/correction-actions.ts#correctClaimAction": any("annotation.correct"),
  "app/(app)/articles/[id]/suggestion-actions.ts#dismissSuggestionAction": any("annotation.create"),
  "app/(app)/articles/[id]/evidence-actions.ts#listEvidenceArchiveAction": any("article.read"),
  "app/(app)/articles/[id]/evidence-actions.ts#retryEvidenceArchiveAction": any("evidence.archive"),
  "app/(app)/articles/[id]/evidence-actions.ts#checkArticleLinksAction": any("evidence.archive"),
  "app/(app)/articles/[id]/assignment-actions.ts#assignArticleAction": any("article.assign"),
  "app/(app)/articles/[id]/assignment-actions.ts#setDeskStatusAction": any("article.assign"),
  "app/(app)/articles/[id]/edit/actions.ts#saveArticleBodyAction": any("article.revise"),
  "app/(app)/articles/[id]/edit/actions.ts#preparePastedBodyAction": any("article.revise"),
  "app/(app)/articles/[id]/edit/actions.ts#prepareImportedBodyAction": any("article.revise"),
  "app/(app)/review/actions.ts#submitAnnotationAction": any("annotation.submit"),
  "app/(app)/review/actions.ts#submitArticleDraftsAction": own("annotation.submit"),
  "app/(app)/review/actions.ts#approveAnnotationAction": others("annotation.decide"),
  "app/(app)/review/actions.ts#rejectAnnotationAction": others("annotation.decide"),
  "app/(app)/review/actions.ts#requestChangesAction": others("annotation.decide"),
  "app/(app)/review/actions.ts#reopenAnnotationAction": others("annotation.reopen", "approved"),
  "app/(app)/review/actions.ts#undoReviewDecisionAction": any("annotation.decide"),
  "app/(app)/review/actions.ts#addCommentAction": any("comment.add"),
  "app/(app)/review/actions.ts#loadReviewQueuePageAction": any("review.queue"),
  "app/(app)/review/actions.ts#editCommentAction": any("comment.edit"),
  "app/(app)/settings/actions.ts#createApiTokenAction": any("token.manage"),
  "app/(app)/settings/actions.ts#revokeApiTokenAction": any("token.manage"),
  "app/(app)/settings/actions.ts#changePasswordAction": any("password.change"),
  "app/(app)/settings/actions.ts#setLanguageAction": any("preferences.change"),
  "app/(app)/notifications/actions.ts#markNotificationsReadAction": any("notification.read"),
  "app/(app)/settings/actions.ts#updateMailPreferencesAction": any("notification.preferences"),
};
