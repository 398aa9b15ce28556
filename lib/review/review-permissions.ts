import type { ReviewStatus } from "../domain/review-statuses";
import { canReview, type Role } from "../domain/roles";
import type { ReviewAction } from "./review-actions";

/** Who is acting and whose annotation it is. `lastEditedById` is the last person to edit it in substance (null: nobody since its author created it). */
export type ReviewParties = {
  actorId: string;
  actorRole: Role;
  authorId: string;
  lastEditedById: string | null;
};

/** Why someone may not do something in the review flow. */
export type PermissionErrorCode = "role" | "four_eyes" | "not_author";

/** Result of the permission checks. */
export type PermissionResult = { ok: true } | { ok: false; code: PermissionErrorCode; message: string };

/** Result of {@link canDecide}: only role and four-eyes refusals are possible. */
export type DecisionPermission = { ok: true } | { ok: false; code: "role" | "four_eyes"; message: string };

const ALLOWED = { ok: true } as const;

function ownWork(parties: ReviewParties): "author" | "last_editor" | null {
  if (parties.actorId === parties.authorId) return "author";
  if (parties.lastEditedById !== null && parties.actorId === parties.lastEditedById) return "last_editor";
  return null;
}

/**
 * Whether the actor may approve, reject or request changes. Four-eyes rule: nobody decides on
 * an annotation they created or last edited in substance, whatever their role (admins included);
 * editors cannot review at all.
 */
export function canDecide(parties: ReviewParties): DecisionPermission {
  if (!canReview(parties.actorRole)) {
    return { ok: false, code: "role", message: "Editors can't review annotations. Ask a reviewer or an admin." };
  }
  const own = ownWork(parties);
  if (own === "author") {
    return { ok: false, code: "four_eyes", message: "You created this annotation, so someone else must review it (four-eyes rule)." };
  }
  if (own === "last_editor") {
    return {
      ok: false,
      code: "four_eyes",
      message: "You made the latest changes to this annotation, so someone else must review it (four-eyes rule).",
    };
  }
  return ALLOWED;
}

/** Whether the actor may submit the annotation for review: its author, or an admin. */
export function canSubmit(parties: ReviewParties): PermissionResult {
  if (parties.actorId === parties.authorId || parties.actorRole === "admin") return ALLOWED;
  return { ok: false, code: "not_author", message: "Only the annotation's author or an admin can submit it for review." };
}

/**
 * Whether the actor may reopen a decided annotation: reviewers and admins. Reopening a rejected
 * annotation overturns someone else's decision on it, so its author or last editor may not.
 */
export function canReopen(parties: ReviewParties & { status: ReviewStatus }): PermissionResult {
  if (!canReview(parties.actorRole)) {
    return { ok: false, code: "role", message: "Only reviewers and admins can reopen annotations." };
  }
  if (parties.status === "rejected" && ownWork(parties) !== null) {
    return {
      ok: false,
      code: "four_eyes",
      message: "This annotation is your own work, so another reviewer must decide whether to reopen it after its rejection.",
    };
  }
  return ALLOWED;
}

/**
 * Whether the actor may perform `action`, by role and relationship to the annotation (not by
 * status: see `nextStatus`). Who may edit an annotation at all is decided where annotations are
 * edited; here `edit` is always allowed. `text_changed` is the system's and never a person's.
 */
export function authorizeReviewAction(
  action: ReviewAction,
  parties: ReviewParties & { status: ReviewStatus },
): PermissionResult {
  switch (action) {
    case "approve":
    case "reject":
    case "request_changes":
      return canDecide(parties);
    case "submit":
      return canSubmit(parties);
    case "reopen":
      return canReopen(parties);
    case "edit":
      return ALLOWED;
    case "text_changed":
      return {
        ok: false,
        code: "role",
        message: "Annotations are marked for re-review automatically when the article text changes.",
      };
  }
}
