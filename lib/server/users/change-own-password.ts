import "server-only";
import { can } from "@/lib/policy/policy";
import type { Actor } from "@/lib/server/auth/actor";
import { hashPassword, verifyPassword } from "@/lib/server/auth/password";
import { refusedBy } from "@/lib/server/auth/policy-refusal";
import { db } from "@/lib/server/db/prisma";
import { fail, ok, type Result } from "@/lib/server/errors";

/** Replaces the actor's password after checking the current one; other sessions end. */
export async function changeOwnPassword(actor: Actor, input: { currentPassword: string; newPassword: string }): Promise<Result<null>> {
  const allowed = can(actor, "password.change");
  if (!allowed.ok) return refusedBy(allowed);
  const user = await db().user.findUnique({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!user || !(await verifyPassword(input.currentPassword, user.passwordHash))) {
    return fail("invalid", "The current password is not right", { fieldErrors: { currentPassword: "The current password is not right" } });
  }
  await db().$transaction([
    db().user.update({
      where: { id: actor.id },
      data: { passwordHash: await hashPassword(input.newPassword), mustChangePassword: false, sessionVersion: { increment: 1 } },
    }),
    db().auditEvent.create({ data: { actorId: actor.id, entityType: "user", entityId: actor.id, action: "change_password", type: "user.password_changed" } }),
  ]);
  return ok(null);
}
