import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../server/db/generated/client";

/**
 * Builds a Prisma client on `@prisma/adapter-pg` (Prisma 6.19 "client" engine: no native query
 * engine to download). Used by the app's one client module (lib/server/db/prisma.ts), the seed
 * and the integration tests.
 */
export function createPrismaClient(databaseUrl: string, options: { maxConnections?: number } = {}) {
  const adapter = new PrismaPg({ connectionString: databaseUrl, max: options.maxConnections ?? 10, allowExitOnIdle: true });
  return new PrismaClient({ adapter });
}

export type AppPrismaClient = ReturnType<typeof createPrismaClient>;
