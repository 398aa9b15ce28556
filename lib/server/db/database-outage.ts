import "server-only";
import { classifyDatabaseFault, type DatabaseFault } from "@/lib/db/database-fault";
import { OutageTracker } from "@/lib/db/outage-tracker";
import type { AppError } from "@/lib/server/errors";
import { logger } from "@/lib/server/logger";

/** Seconds a client is told to wait (`Retry-After`) while the database is unreachable. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/** Seconds a client is told to wait (`Retry-After`) when the desk was too busy to serve it. */
export const BUSY_RETRY_AFTER_SECONDS = 2;

// One tracker per process, shared by Next's separately bundled routes, actions and pages.
const globalForOutage = globalThis as unknown as { factdeskOutage?: OutageTracker };
const tracker = (globalForOutage.factdeskOutage ??= new OutageTracker());

/** What the user sees while the database is unreachable. */
export const RECONNECTING_ERROR: AppError = {
  code: "unavailable",
  message: "The desk is reconnecting to its database. Nothing saved is lost; try again in a few seconds.",
};

/** What the user sees when a statement ran past `FACTDESK_DB_STATEMENT_TIMEOUT_MS`. */
export const DATABASE_TIMEOUT_ERROR: AppError = {
  code: "timeout",
  message: "The database took too long to answer, so the request was stopped. Nothing was changed by it; try again, and tell your administrator if it keeps happening.",
};

/** What the user sees when the request waited too long for a database connection or its transaction's turn. */
export const DATABASE_BUSY_ERROR: AppError = {
  code: "unavailable",
  message: "The desk is very busy right now, so this request waited too long for the database and was stopped. Nothing was changed by it; try again in a few seconds.",
};

/**
 * Classifies a thrown error; when it is the database's state (unreachable, too busy, or a
 * statement that ran out of time) returns the error to show, logging an outage once when it begins (the
 * recovery is logged by {@link noteDatabaseReachable}). Null for anything else: a bug, which the
 * caller logs as such.
 */
export function databaseFaultError(error: unknown, context: Record<string, unknown> = {}): { fault: DatabaseFault; error: AppError } | null {
  const fault = classifyDatabaseFault(error);
  if (!fault) return null;
  if (fault === "timeout") {
    logger.warn({ ...context, err: error }, "database statement ran past its time limit");
    return { fault, error: DATABASE_TIMEOUT_ERROR };
  }
  if (fault === "busy") {
    logger.warn({ ...context, err: error }, "database busy: a request waited past its limit for a connection or inside its transaction (FACTDESK_DB_POOL_WAIT_MS, FACTDESK_DB_TRANSACTION_TIMEOUT_MS)");
    return { fault, error: DATABASE_BUSY_ERROR };
  }
  if (tracker.failed().began) {
    logger.error({ ...context, err: error }, "database unreachable: answering 503 until it is back (logged once per outage)");
  }
  return { fault, error: RECONNECTING_ERROR };
}

/** A request reached the database: ends an outage (logged once) if one was going on. */
export function noteDatabaseReachable(): void {
  if (!tracker.isDown) return;
  const recovery = tracker.succeeded();
  if (recovery.recovered) logger.info({ downForMs: recovery.downForMs, failedRequests: recovery.failures }, "database reachable again");
}

/** Whether this process last saw the database unreachable. */
export function databaseSeemsDown(): boolean {
  return tracker.isDown;
}
