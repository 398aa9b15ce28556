/**
 * Tells a database that is unreachable, too slow or too busy from a bug. Route handlers, server
 * actions and pages answer the first with 503 "the desk is reconnecting" instead of a 500, and the
 * outage tracker logs it once per outage; `busy` (a request waited past its limit for a pooled
 * connection or inside its transaction: saturation, nothing changed) is a 503 with Retry-After too,
 * but no outage.
 */
export type DatabaseFault = "unavailable" | "timeout" | "busy";

const UNAVAILABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
/** Prisma's own codes for "can't reach", "timed out reaching", "server closed the connection". */
const UNAVAILABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1017"]);
/** Prisma's "timed out fetching a connection from the pool". */
const BUSY_PRISMA_CODES = new Set(["P2024"]);
/** P2028 (transaction API error) when the transaction waited past `maxWait` or ran past `timeout`; other P2028s are misuse (bugs). */
const BUSY_TRANSACTION_MESSAGES = [/expired transaction/i, /Unable to start a transaction in the given time/i];
/** pg-pool's wait in its queue for a free connection (connecting itself fails with another message). */
const BUSY_MESSAGES = [/timeout exceeded when trying to connect/i];
const UNAVAILABLE_SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "EAI_AGAIN", "EPIPE", "EHOSTUNREACH", "ENETUNREACH"]);
/** admin_shutdown, crash_shutdown, cannot_connect_now, too_many_connections; class 08 is connection exceptions. */
const UNAVAILABLE_SQLSTATES = new Set(["57P01", "57P02", "57P03", "53300"]);
/** query_canceled (statement_timeout), idle_in_transaction_session_timeout, idle_session_timeout. */
const TIMEOUT_SQLSTATES = new Set(["57014", "25P03", "57P05"]);
const UNAVAILABLE_MESSAGES = [/connection terminated/i, /Client has encountered a connection error/i, /Connection terminated due to connection timeout/i];

function sqlstateFault(code: string): DatabaseFault | null {
  if (TIMEOUT_SQLSTATES.has(code)) return "timeout";
  if (UNAVAILABLE_SQLSTATES.has(code) || /^08[0-9A-Z]{3}$/.test(code)) return "unavailable";
  return null;
}

function ownFault(value: Record<string, unknown>): DatabaseFault | null {
  const kind = typeof value.kind === "string" ? value.kind : null;
  if (kind && UNAVAILABLE_KINDS.has(kind)) return "unavailable";
  const message = typeof value.message === "string" ? value.message : "";
  if (value.code === "P2028" && BUSY_TRANSACTION_MESSAGES.some((pattern) => pattern.test(message))) return "busy";
  if (BUSY_MESSAGES.some((pattern) => pattern.test(message))) return "busy";
  for (const field of ["originalCode", "code"] as const) {
    const code = value[field];
    if (typeof code !== "string") continue;
    if (BUSY_PRISMA_CODES.has(code)) return "busy";
    if (UNAVAILABLE_PRISMA_CODES.has(code) || UNAVAILABLE_SOCKET_CODES.has(code)) return "unavailable";
    const fault = sqlstateFault(code);
    if (fault) return fault;
  }
  if (UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message))) return "unavailable";
  return null;
}

/** Walks the error, its `cause` chain and Prisma's `meta.driverAdapterError`; null when it is not the database's state. */
export function classifyDatabaseFault(error: unknown): DatabaseFault | null {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const current = queue.shift();
    if (current === null || typeof current !== "object" || seen.has(current)) continue;
    seen.add(current);
    const value = current as Record<string, unknown>;
    const fault = ownFault(value);
    if (fault) return fault;
    queue.push(value.cause);
    const meta = value.meta as Record<string, unknown> | undefined;
    if (meta && typeof meta === "object") queue.push(meta.driverAdapterError);
  }
  return null;
}
