import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../server/db/generated/client";

/** Time limits of every connection in a pool, in milliseconds (0 or absent: PostgreSQL's default, none). */
export type DatabaseTimeouts = {
  /** How long one statement may run before PostgreSQL cancels it (`statement_timeout`). */
  statementMs?: number;
  /** How long opening a connection may take before the query fails as unreachable. */
  connectMs?: number;
  /**
   * How long a query waits for a free connection when all of the pool's are busy (a burst of
   * requests queues instead of failing); then it fails as unavailable (503). Defaults to `connectMs`.
   */
  poolWaitMs?: number;
  /** How long a session may sit idle inside a transaction before PostgreSQL ends it. */
  idleInTransactionMs?: number;
};

/** Limits of interactive transactions (`$transaction(async (tx) => …)`) unless a call sets its own. */
export type TransactionLimits = {
  /** How long starting one may wait for a connection (Prisma's `maxWait`, 2 s by default). */
  maxWaitMs: number;
  /** How long one may run from its start to its commit (Prisma's `timeout`, 5 s by default). */
  timeoutMs: number;
};

export type PrismaClientOptions = {
  maxConnections?: number;
  timeouts?: DatabaseTimeouts;
  transactions?: TransactionLimits;
  /** `application_name` of the connections (shown in `pg_stat_activity`); PostgreSQL's default when absent. */
  applicationName?: string;
};

/**
 * A `pg` client whose connect time limit is its own: the pool's `connectionTimeoutMillis`
 * (which pg-pool also applies to waiting in its queue) then only bounds the wait for a free connection.
 */
function clientWithConnectLimit(connectMs: number | undefined): typeof pg.Client {
  return class ConnectLimitedClient extends pg.Client {
    constructor(config?: pg.ClientConfig) {
      super({ ...config, connectionTimeoutMillis: connectMs ?? 0 });
    }
  };
}

/**
 * A `pg` pool with the given limits. The limits are sent as start-up parameters, so they hold
 * for every statement of every connection (the embedded database ignores them: its one session
 * is shared, see scripts/pglite-wire-server.ts).
 */
export function createDatabasePool(databaseUrl: string, options: PrismaClientOptions = {}): pg.Pool {
  const timeouts = options.timeouts ?? {};
  const poolWaitMs = timeouts.poolWaitMs ?? timeouts.connectMs;
  return new pg.Pool({
    connectionString: databaseUrl,
    max: options.maxConnections ?? 10,
    allowExitOnIdle: true,
    Client: clientWithConnectLimit(timeouts.connectMs),
    ...(poolWaitMs ? { connectionTimeoutMillis: poolWaitMs } : {}),
    ...(options.applicationName ? { application_name: options.applicationName } : {}),
    ...(timeouts.statementMs ? { statement_timeout: timeouts.statementMs } : {}),
    ...(timeouts.idleInTransactionMs ? { idle_in_transaction_session_timeout: timeouts.idleInTransactionMs } : {}),
  });
}

/**
 * Builds a Prisma client on `@prisma/adapter-pg` (Prisma 6.19 "client" engine: no native query
 * engine to download), over `pool` when given (so its owner can read its use and close it), else
 * over a new one; `transactions` replaces Prisma's short default limits of interactive
 * transactions. Used by the app's one client module (lib/server/db/prisma.ts), the seed and the
 * integration tests.
 */
export function createPrismaClient(databaseUrl: string, options: PrismaClientOptions & { pool?: pg.Pool } = {}) {
  const pool = options.pool ?? createDatabasePool(databaseUrl, options);
  // A pool error is a dropped idle connection (database restart): the pool replaces it; without a
  // listener Node would treat it as an uncaught exception.
  pool.on("error", () => undefined);
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  const transactions = options.transactions;
  return new PrismaClient({
    adapter,
    ...(transactions ? { transactionOptions: { maxWait: transactions.maxWaitMs, timeout: transactions.timeoutMs } } : {}),
  });
}

export type AppPrismaClient = ReturnType<typeof createPrismaClient>;
