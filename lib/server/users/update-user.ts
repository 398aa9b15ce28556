import "server-only";
import { can } from "@/lib/policy/policy";
import type { Actor } from "@/lib/server/auth/actor";
import { refusedBy } from "@/lib/server/auth/policy-refusal";
import { db } from "@/lib/server/db/prisma";
import { fail, notFound, ok, type Result } from "@/lib/server/errors";
import { transactWithEvents } from "@/lib/server/events/transact-with-events";
import type { UpdateUserInput } from "@/lib/validations/user";
import { userSummarySelect, type UserSummary } from "./user-summary";

/**
 * Renames, changes the role of, deactivates or reactivates a user (admins only). A role change
 * or deactivation ends the user's sessions at their next request. An admin cannot demote or
 * deactivate themselves, so the desk is never left without an admin by accident.
 */
export async function updateUser(actor: Actor, userId: string, input: UpdateUserInput): Promise<Result<UserSummary>> {
  const allowed = can(actor, "user.manage");
  if (!allowed.ok) return refusedBy(allowed);
  if (userId === actor.id && (input.active === false || (input.role && input.role !== "admin"))) {
    return fail("forbidden", "You cannot deactivate or demote your own account; ask another admin");
  }
  const before = await db().user.findUnique({ where: { id: userId }, select: userSummarySelect });
  if (!before) return notFound("User");

  const endsSessions = (input.role !== undefined && input.role !== before.role) || (input.active !== undefined && input.active !== before.active);
  const user = await transactWithEvents(async (tx, events) => {
    const updated = await tx.user.update({
      where: { id: userId },
      data: {
        ...input,
        ...(input.active === false && before.active ? { deactivatedAt: new Date() } : {}),
        ...(input.active === true ? { deactivatedAt: null } : {}),
        ...(endsSessions ? { sessionVersion: { increment: 1 } } : {}),
      },
      select: userSummarySelect,
    });
    const changed = (Object.keys(input) as (keyof UpdateUserInput)[]).filter((key) => input[key] !== before[key]);
    if (changed.length > 0) {
      events.add({
        type: input.active === false && before.active ? "user.deactivated" : "user.updated",
        actorId: actor.id,
        entityId: userId,
        articleId: null,
        payload: {
          before: Object.fromEntries(changed.map((key) => [key, before[key]])),
          after: Object.fromEntries(changed.map((key) => [key, updated[key]])),
        },
      });
    }
    return updated;
  });
  return ok(user);
}
