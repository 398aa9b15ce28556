import { randomUUID } from "node:crypto";
import bcrypt from "bcryptjs";
import type { Role } from "@/lib/domain/roles";
import type { Actor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db/prisma";

/** A cheap bcrypt hash of "password123!" shared by test users (cost 4 keeps tests fast). */
export const TEST_PASSWORD = "password123!";
const TEST_HASH = bcrypt.hashSync(TEST_PASSWORD, 4);

/** Creates a user with a unique e-mail; each test makes its own. */
export async function createTestUser(role: Role, overrides: { name?: string; active?: boolean } = {}): Promise<Actor> {
  const id = randomUUID().slice(0, 8);
  const user = await db().user.create({
    data: { email: `${role}-${id}@test.example`, name: overrides.name ?? `${role} ${id}`, role, passwordHash: TEST_HASH, active: overrides.active ?? true },
  });
  return { id: user.id, role: user.role, name: user.name, email: user.email, active: user.active, mustChangePassword: user.mustChangePassword };
}
