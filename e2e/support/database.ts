import { randomUUID } from "node:crypto";
import bcrypt from "bcryptjs";
import { createPrismaClient, type AppPrismaClient } from "../../lib/db/create-prisma-client";
import type { Role } from "../../lib/domain/roles";

/** The test database (the one the app under test uses); tests seed their own rows in it. */
let client: AppPrismaClient | undefined;
export function testDb(): AppPrismaClient {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run the browser tests with `npm test`.");
  client ??= createPrismaClient(url, { maxConnections: 3 });
  return client;
}

export const E2E_PASSWORD = "e2e-user-password!";
const E2E_HASH = bcrypt.hashSync(E2E_PASSWORD, 4);

export type SeededUser = { id: string; email: string; name: string; role: Role; password: string };

/** A fresh account for one test (unique e-mail), signed in through the real form by `signIn`. */
export async function seedUser(role: Role, options: { name?: string; active?: boolean } = {}): Promise<SeededUser> {
  const suffix = randomUUID().slice(0, 8);
  const name = options.name ?? `${role[0].toUpperCase()}${role.slice(1)} ${suffix}`;
  const user = await testDb().user.create({
    data: { email: `${role}-${suffix}@e2e.example`, name, role, passwordHash: E2E_HASH, active: options.active ?? true },
  });
  return { id: user.id, email: user.email, name: user.name, role: user.role, password: E2E_PASSWORD };
}
