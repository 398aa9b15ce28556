import "server-only";
import { can } from "@/lib/policy/policy";
import type { Actor } from "@/lib/server/auth/actor";
import { refusedBy } from "@/lib/server/auth/policy-refusal";
import { hashPassword } from "@/lib/server/auth/password";
import { db } from "@/lib/server/db/prisma";
import { fail, ok, type Result } from "@/lib/server/errors";
import { transactWithEvents } from "@/lib/server/events/transact-with-events";
import type { CreateUserInput } from "@/lib/validations/user";
import { generatePassword } from "./one-time-password";
import { userSummarySelect, type UserSummary } from "./user-summary";

/**
 * Creates an account with a one-time password, returned once (shown to the admin, never
 * stored in clear). The new user must choose their own password at first sign-in.
 */
export async function createUser(actor: Actor, input: CreateUserInput): Promise<Result<{ user: UserSummary; oneTimePassword: string }>> {
  const allowed = can(actor, "user.manage");
  if (!allowed.ok) return refusedBy(allowed);
  const existing = await db().user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) return fail("conflict", "A user with this e-mail already exists", { fieldErrors: { email: "A user with this e-mail already exists" } });

  const oneTimePassword = generatePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  const user = await transactWithEvents(async (tx, events) => {
    const created = await tx.user.create({
      data: { email: input.email, name: input.name, role: input.role, passwordHash, mustChangePassword: true },
      select: userSummarySelect,
    });
    events.add({ type: "user.created", actorId: actor.id, entityId: created.id, articleId: null, payload: { after: { email: created.email, name: created.name, role: created.role } } });
    return created;
  });
  return ok({ user, oneTimePassword });
}
