import "server-only";
import { getAppConfig } from "@/lib/config/app-config";
import { createPrismaClient, type AppPrismaClient } from "@/lib/db/create-prisma-client";

// One client per process; kept on globalThis so development hot reloads don't open new pools.
const globalForPrisma = globalThis as unknown as { factdeskPrisma?: AppPrismaClient };

function databaseUrl(): string {
  const url = getAppConfig().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start Factdesk with `npm start`, which provides the embedded database.");
  return url;
}

/** The application's Prisma client (the only one the app uses). */
export function db(): AppPrismaClient {
  globalForPrisma.factdeskPrisma ??= createPrismaClient(databaseUrl());
  return globalForPrisma.factdeskPrisma;
}

export type { AppPrismaClient };
