import "server-only";
import { can } from "@/lib/policy/policy";
import type { Actor } from "@/lib/server/auth/actor";
import { hashPassword, verifyPassword } from "@/lib/server/auth/password";
import { refusedBy } from "@/lib/server/auth/policy-refusal";
import { db } from "@/lib/server/db/prisma";
import { fail, ok, type Result } from "@/lib/server/errors";
import { transactWithEvents } from "@/lib/server/events/transact-with-events";

/** Replaces the actor's password after checking the current one; other sessions end. */
export async function changeOwnPassword(actor: Actor, input: { currentPassword: string; newPassword: string }): Promise<Result<null>> {
  const allowed = can(actor, "password.change");
  if (!allowed.ok) return refusedBy(allowed);
  const user = await db().user.findUnique({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!user || !(await verifyPassword(input.currentPassword, user.passwordHash))) {
    return fail("invalid", "The current password is not right", { fieldErrors: { currentPassword: "The current password is not right" } });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await transactWithEvents(async (tx, events) => {
    await tx.user.update({
      where: { id: actor.id },
      data: { passwordHash, mustChangePassword: false, sessionVersion: { increment: 1 } },
    });
    events.add({ type: "user.password_changed", actorId: actor.id, entityId: actor.id, articleId: null, payload: {} });
  });
  return ok(null);
}
