import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../server/db/generated/client";

/** Time limits of every connection in a pool, in milliseconds (0 or absent: PostgreSQL's default, none). */
export type DatabaseTimeouts = {
  /** How long one statement may run before PostgreSQL cancels it (`statement_timeout`). */
  statementMs?: number;
  /** How long opening a connection may take before the query fails as unreachable. */
  connectMs?: number;
  /** How long a session may sit idle inside a transaction before PostgreSQL ends it. */
  idleInTransactionMs?: number;
};

export type PrismaClientOptions = { maxConnections?: number; timeouts?: DatabaseTimeouts };

/**
 * A `pg` pool with the given limits. The limits are sent as start-up parameters, so they hold
 * for every statement of every connection (the embedded database ignores them: its one session
 * is shared, see scripts/pglite-wire-server.ts).
 */
export function createDatabasePool(databaseUrl: string, options: PrismaClientOptions = {}): pg.Pool {
  const timeouts = options.timeouts ?? {};
  return new pg.Pool({
    connectionString: databaseUrl,
    max: options.maxConnections ?? 10,
    allowExitOnIdle: true,
    ...(timeouts.statementMs ? { statement_timeout: timeouts.statementMs } : {}),
    ...(timeouts.connectMs ? { connectionTimeoutMillis: timeouts.connectMs } : {}),
    ...(timeouts.idleInTransactionMs ? { idle_in_transaction_session_timeout: timeouts.idleInTransactionMs } : {}),
  });
}

/**
 * Builds a Prisma client on `@prisma/adapter-pg` (Prisma 6.19 "client" engine: no native query
 * engine to download), over `pool` when given (so its owner can read its use and close it), else
 * over a new one. Used by the app's one client module (lib/server/db/prisma.ts), the seed and the
 * integration tests.
 */
export function createPrismaClient(databaseUrl: string, options: PrismaClientOptions & { pool?: pg.Pool } = {}) {
  const pool = options.pool ?? createDatabasePool(databaseUrl, options);
  // A pool error is a dropped idle connection (database restart): the pool replaces it; without a
  // listener Node would treat it as an uncaught exception.
  pool.on("error", () => undefined);
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  return new PrismaClient({ adapter });
}

export type AppPrismaClient = ReturnType<typeof createPrismaClient>;
