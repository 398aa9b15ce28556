import "server-only";
import type pg from "pg";
import { getAppConfig } from "@/lib/config/app-config";
import { createDatabasePool, createPrismaClient, type AppPrismaClient } from "@/lib/db/create-prisma-client";

// One client per process; kept on globalThis so development hot reloads (and Next's separate
// bundles of instrumentation and routes) don't open new pools.
const globalForPrisma = globalThis as unknown as { factdeskPrisma?: AppPrismaClient; factdeskPool?: pg.Pool };

function databaseUrl(): string {
  const url = getAppConfig().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start Factdesk with `npm start`, which provides the embedded database.");
  return url;
}

/** The application's Prisma client (the only one the app uses), with the configured time limits. */
export function db(): AppPrismaClient {
  if (globalForPrisma.factdeskPrisma) return globalForPrisma.factdeskPrisma;
  const config = getAppConfig();
  const pool = createDatabasePool(databaseUrl(), {
    maxConnections: config.FACTDESK_DB_POOL_SIZE,
    timeouts: {
      statementMs: config.FACTDESK_DB_STATEMENT_TIMEOUT_MS,
      connectMs: config.FACTDESK_DB_CONNECT_TIMEOUT_MS,
      poolWaitMs: config.FACTDESK_DB_POOL_WAIT_MS,
      idleInTransactionMs: config.FACTDESK_DB_IDLE_IN_TRANSACTION_TIMEOUT_MS,
    },
  });
  globalForPrisma.factdeskPool = pool;
  // A burst of writers queues for a connection (then for the event stream's ordering lock) rather
  // than failing at Prisma's defaults of 2 s wait and 5 s per transaction.
  globalForPrisma.factdeskPrisma = createPrismaClient(databaseUrl(), {
    pool,
    transactions: { maxWaitMs: config.FACTDESK_DB_POOL_WAIT_MS, timeoutMs: config.FACTDESK_DB_TRANSACTION_TIMEOUT_MS },
  });
  return globalForPrisma.factdeskPrisma;
}

/** The pool under {@link db}, for the metrics (null until the first query). */
export function databasePool(): pg.Pool | null {
  return globalForPrisma.factdeskPool ?? null;
}

/** Closes the pool at shutdown; later queries would open a new one. */
export async function closeDatabase(): Promise<void> {
  const client = globalForPrisma.factdeskPrisma;
  globalForPrisma.factdeskPrisma = undefined;
  globalForPrisma.factdeskPool = undefined;
  await client?.$disconnect();
}

export type { AppPrismaClient };
