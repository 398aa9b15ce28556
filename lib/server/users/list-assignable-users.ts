import "server-only";
import type { Role } from "@/lib/domain/roles";
import { can } from "@/lib/policy/policy";
import type { Actor } from "@/lib/server/auth/actor";
import { refusedBy } from "@/lib/server/auth/policy-refusal";
import { db } from "@/lib/server/db/prisma";
import { ok, type Result } from "@/lib/server/errors";

/** Someone who can be picked in the Assign dialog. */
export type AssignableUser = { id: string; name: string; role: Role };

/**
 * The active users, by name: whom the Assign dialog offers and the list's assignee filter names.
 * Every member of the desk may read it (assignees' names are on every article anyway).
 */
export async function listAssignableUsers(actor: Actor): Promise<Result<AssignableUser[]>> {
  const allowed = can(actor, "article.read");
  if (!allowed.ok) return refusedBy(allowed);
  const users = await db().user.findMany({ where: { active: true }, select: { id: true, name: true, role: true }, orderBy: [{ name: "asc" }, { id: "asc" }], take: 1000 });
  return ok(users);
}
