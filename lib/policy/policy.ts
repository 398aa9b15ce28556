import type { ReviewStatus } from "../domain/review-statuses";
import { ROLES, type Role } from "../domain/roles";

/**
 * The one authorization policy: who may do what. Every route, server action, page, use case and
 * the UI ask {@link can}; the authorization-matrix browser test derives its expectations from
 * {@link rolesPermitted}. Pure: no framework, no database.
 */

/** Everything a person can do in Factdesk. */
export const POLICY_ACTIONS = [
  "article.read",
  "article.create",
  "article.import",
  "article.revise",
  "article.export",
  "article.assign",
  "annotation.create",
  "annotation.edit",
  "annotation.delete",
  "annotation.submit",
  "annotation.decide",
  "annotation.reopen",
  "annotation.reattach",
  "annotation.correct",
  "comment.add",
  "comment.edit",
  "evidence.archive",
  "review.queue",
  "user.manage",
  "audit.read",
  "dashboard.read",
  "token.manage",
  "password.change",
  "preferences.change",
  "session.end",
  "notification.read",
  "notification.preferences",
] as const;

/** One of {@link POLICY_ACTIONS}. */
export type PolicyAction = (typeof POLICY_ACTIONS)[number];

/** The person asking: their account state matters as much as their role. */
export type PolicyActor = {
  id: string;
  role: Role;
  /** A deactivated account may do nothing. */
  active: boolean;
  /** A one-time password must be changed before anything but changing it (and signing out). */
  mustChangePassword: boolean;
};

/** Just the {@link PolicyActor} fields of a user (for handing to client components: never whole rows). */
export function policyActorOf(user: PolicyActor): PolicyActor {
  return { id: user.id, role: user.role, active: user.active, mustChangePassword: user.mustChangePassword };
}

/** What the policy needs to know about an annotation. */
export type AnnotationFacts = {
  authorId: string;
  /** The last person to edit it in substance (null: nobody since its author created it). */
  lastEditedById: string | null;
  status: ReviewStatus;
};

/** The {@link AnnotationFacts} of an annotation as the app passes it around (its DTO, or a card's props). */
export function annotationFactsOf(annotation: { author: { id: string }; lastEditedBy: { id: string } | null; status: ReviewStatus }): AnnotationFacts {
  return { authorId: annotation.author.id, lastEditedById: annotation.lastEditedBy?.id ?? null, status: annotation.status };
}

/** What the policy needs to know about a comment. */
export type CommentFacts = { authorId: string };

/** The resource each action is about; `undefined` for actions that need none. */
export type PolicyResource<A extends PolicyAction> = A extends
  "annotation.edit" | "annotation.delete" | "annotation.submit" | "annotation.decide" | "annotation.reopen" | "annotation.reattach" | "annotation.correct"
  ? AnnotationFacts
  : A extends "comment.edit"
    ? CommentFacts
    : undefined;

/** Why the policy refused. */
export type PolicyRefusalCode = "unauthenticated" | "deactivated" | "password_change_required" | "role" | "four_eyes" | "not_owner";

/** The policy's answer. */
export type PolicyDecision = { ok: true } | { ok: false; code: PolicyRefusalCode; message: string };

const ALLOWED: PolicyDecision = { ok: true };
const refuse = (code: PolicyRefusalCode, message: string): PolicyDecision => ({ ok: false, code, message });

const EVERYONE: readonly Role[] = ROLES;
const EDITORS: readonly Role[] = ["editor", "admin"];
const REVIEWERS: readonly Role[] = ["reviewer", "admin"];
const ADMINS: readonly Role[] = ["admin"];

/** Roles that may do an action at all (on some resource); ownership rules come on top. */
const ROLE_RULES: Record<PolicyAction, { roles: readonly Role[]; refusal: string }> = {
  "article.read": { roles: EVERYONE, refusal: "Your role cannot read articles." },
  "article.create": { roles: EDITORS, refusal: "Only editors and admins can add articles." },
  "article.import": { roles: EDITORS, refusal: "Only editors and admins can import articles." },
  "article.revise": { roles: EDITORS, refusal: "Only editors and admins can change an article's text." },
  "article.export": { roles: EVERYONE, refusal: "Your role cannot export articles." },
  "article.assign": { roles: EDITORS, refusal: "Only editors and admins can assign articles and set their desk status." },
  "annotation.create": { roles: EVERYONE, refusal: "Your role cannot annotate." },
  "annotation.edit": { roles: EVERYONE, refusal: "Your role cannot edit annotations." },
  "annotation.delete": { roles: EVERYONE, refusal: "Your role cannot delete annotations." },
  "annotation.submit": { roles: EVERYONE, refusal: "Your role cannot submit annotations." },
  "annotation.decide": { roles: REVIEWERS, refusal: "Editors can't review annotations. Ask a reviewer or an admin." },
  "annotation.reopen": { roles: REVIEWERS, refusal: "Only reviewers and admins can reopen annotations." },
  "annotation.reattach": { roles: EVERYONE, refusal: "Your role cannot re-attach annotations." },
  "annotation.correct": { roles: REVIEWERS, refusal: "Only reviewers and admins can correct a published verdict." },
  "comment.add": { roles: EVERYONE, refusal: "Your role cannot comment." },
  "comment.edit": { roles: EVERYONE, refusal: "Your role cannot edit comments." },
  "evidence.archive": { roles: EVERYONE, refusal: "Your role cannot archive evidence or check links." },
  "review.queue": { roles: EVERYONE, refusal: "Your role cannot see the review queue." },
  "user.manage": { roles: ADMINS, refusal: "Only admins can manage users." },
  "audit.read": { roles: ADMINS, refusal: "Only admins can read the audit trail." },
  "dashboard.read": { roles: REVIEWERS, refusal: "Only reviewers and admins can see the desk dashboard." },
  "token.manage": { roles: EVERYONE, refusal: "Your role cannot manage API tokens." },
  "password.change": { roles: EVERYONE, refusal: "Your role cannot change passwords." },
  "preferences.change": { roles: EVERYONE, refusal: "Your role cannot change its preferences." },
  "session.end": { roles: EVERYONE, refusal: "Your role cannot sign out." },
  "notification.read": { roles: EVERYONE, refusal: "Your role cannot read notifications." },
  "notification.preferences": { roles: EVERYONE, refusal: "Your role cannot choose e-mail notifications." },
};

/** Why someone still on a one-time password is refused (pages, actions and the API alike). */
export const PASSWORD_CHANGE_MESSAGE = "Change your password first: you are still using the one-time password you were given. Sign in to Factdesk in a browser and choose your own.";

/** Actions still open to someone who must change a one-time password. */
const BEFORE_PASSWORD_CHANGE: ReadonlySet<PolicyAction> = new Set(["password.change", "session.end"]);

/** Whose work an annotation is, for the four-eyes rule. */
function ownWork(actorId: string, facts: AnnotationFacts): "author" | "last_editor" | null {
  if (actorId === facts.authorId) return "author";
  if (facts.lastEditedById !== null && actorId === facts.lastEditedById) return "last_editor";
  return null;
}

function resourceRule(actor: PolicyActor, action: PolicyAction, resource: AnnotationFacts | CommentFacts | undefined): PolicyDecision {
  switch (action) {
    case "annotation.edit":
    case "annotation.delete":
      return resource!.authorId === actor.id ? ALLOWED : refuse("not_owner", "Only the annotation's author can change it.");
    case "comment.edit":
      return resource!.authorId === actor.id ? ALLOWED : refuse("not_owner", "Only the comment's author can edit it.");
    case "annotation.submit":
      return resource!.authorId === actor.id || actor.role === "admin" ? ALLOWED : refuse("not_owner", "Only the annotation's author or an admin can submit it for review.");
    case "annotation.reattach":
      return resource!.authorId === actor.id || EDITORS.includes(actor.role) ? ALLOWED : refuse("not_owner", "Only the annotation's author, an editor or an admin can re-attach it.");
    case "annotation.correct":
      return ownWork(actor.id, resource as AnnotationFacts) === null
        ? ALLOWED
        : refuse("four_eyes", "This claim is your own work, so another reviewer must correct its published verdict (four-eyes rule).");
    case "annotation.decide": {
      const own = ownWork(actor.id, resource as AnnotationFacts);
      if (own === "author") return refuse("four_eyes", "You created this annotation, so someone else must review it (four-eyes rule).");
      if (own === "last_editor") {
        return refuse("four_eyes", "You made the latest changes to this annotation, so someone else must review it (four-eyes rule).");
      }
      return ALLOWED;
    }
    case "annotation.reopen": {
      const facts = resource as AnnotationFacts;
      if (facts.status === "rejected" && ownWork(actor.id, facts) !== null) {
        return refuse("four_eyes", "This annotation is your own work, so another reviewer must decide whether to reopen it after its rejection.");
      }
      return ALLOWED;
    }
    default:
      return ALLOWED;
  }
}

/**
 * Whether `actor` may do `action` (on `resource`, for actions about one annotation or comment).
 * Checks, in order: signed in, active, one-time password changed, role, then ownership and the
 * four-eyes rule. Status rules (e.g. only submitted annotations can be approved) belong to the
 * review state machine, not here.
 */
export function can<A extends PolicyAction>(actor: PolicyActor | null | undefined, action: A, ...resource: PolicyResource<A> extends undefined ? [] : [PolicyResource<A>]): PolicyDecision {
  const gate = canAttempt(actor, action);
  if (!gate.ok) return gate;
  return resourceRule(actor!, action, resource[0] as AnnotationFacts | CommentFacts | undefined);
}

/**
 * Whether `actor` may do `action` on some resource: every check of {@link can} except ownership
 * and the four-eyes rule, which need the resource. Route and action wrappers ask this before the
 * use case loads the record and asks {@link can} about it.
 */
export function canAttempt(actor: PolicyActor | null | undefined, action: PolicyAction): PolicyDecision {
  if (!actor) return refuse("unauthenticated", "Sign in first.");
  if (!actor.active) return refuse("deactivated", "This account has been deactivated. Ask an admin.");
  if (actor.mustChangePassword && !BEFORE_PASSWORD_CHANGE.has(action)) {
    return refuse("password_change_required", PASSWORD_CHANGE_MESSAGE);
  }
  const rule = ROLE_RULES[action];
  return rule.roles.includes(actor.role) ? ALLOWED : refuse("role", rule.refusal);
}

/** `can(...).ok`, for showing or hiding controls. */
export function allows<A extends PolicyAction>(actor: PolicyActor | null | undefined, action: A, ...resource: PolicyResource<A> extends undefined ? [] : [PolicyResource<A>]): boolean {
  return can(actor, action, ...resource).ok;
}

/**
 * Whose resource a caller acts on, for {@link rolesPermitted}: their own, someone else's, or
 * `any` (only {@link canAttempt}'s checks: what a route answering 404 for others' records shows).
 */
export type Relation = "own" | "others" | "any";

/**
 * The roles an active user with a changed password needs to do `action` on their own or on
 * someone else's resource (for role-only actions the relation does not matter). The
 * authorization-matrix test and route declarations read this instead of literal role lists.
 */
export function rolesPermitted(action: PolicyAction, relation: Relation = "others", status: ReviewStatus = "submitted"): Role[] {
  return ROLES.filter((role) => {
    const actor: PolicyActor = { id: "actor", role, active: true, mustChangePassword: false };
    if (relation === "any") return canAttempt(actor, action).ok;
    const ownerId = relation === "own" ? "actor" : "someone-else";
    const facts: AnnotationFacts = { authorId: ownerId, lastEditedById: null, status };
    return (can as (a: PolicyActor, x: PolicyAction, r?: AnnotationFacts) => PolicyDecision)(actor, action, facts).ok;
  });
}
