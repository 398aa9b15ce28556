import "server-only";
import { hashPassword } from "@/lib/server/auth/password";
import { db } from "@/lib/server/db/prisma";
import { Prisma } from "@/lib/server/db/generated/client";
import { fail, ok, type Result } from "@/lib/server/errors";
import { transactWithEvents } from "@/lib/server/events/transact-with-events";
import type { CreateAdminInput } from "@/lib/validations/user";
import { userSummarySelect, type UserSummary } from "./user-summary";

/**
 * Creates an admin with the password the operator chose: how a desk without demo accounts gets
 * its first admin (`npm run create-admin`). Whoever can run it on the server can reach the
 * database anyway, so there is no signed-in actor; the audit event has none and names its source.
 */
export async function createAdminAccount(input: CreateAdminInput): Promise<Result<UserSummary>> {
  const taken = fail("conflict", `A user with the e-mail ${input.email} already exists`, { fieldErrors: { email: "A user with this e-mail already exists" } });
  const existing = await db().user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) return taken;

  const passwordHash = await hashPassword(input.password);
  try {
    const user = await transactWithEvents(async (tx, events) => {
      const created = await tx.user.create({ data: { email: input.email, name: input.name, role: "admin", passwordHash }, select: userSummarySelect });
      events.add({
        type: "user.created",
        actorId: null,
        entityId: created.id,
        articleId: null,
        payload: { after: { email: created.email, name: created.name, role: created.role, source: "create-admin" } },
      });
      return created;
    });
    return ok(user);
  } catch (error) {
    // Another create-admin with the same e-mail won the race between the check and the insert.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return taken;
    throw error;
  }
}
