import { describe, expect, it } from "vitest";
import { classifyDatabaseFault } from "./database-fault";

/** Shapes as Prisma 6.19 with adapter-pg throws them (see the captured errors in the comments). */
function prismaKnown(code: string, cause: Record<string, unknown> | null = null) {
  const error = Object.assign(new Error("Invalid invocation"), { name: "PrismaClientKnownRequestError", code, meta: {} as Record<string, unknown> });
  if (cause) error.meta.driverAdapterError = Object.assign(new Error(String(cause.kind)), { name: "DriverAdapterError", cause });
  return error;
}

describe("classifyDatabaseFault", () => {
  it("calls a refused connection unavailable (P1001, DatabaseNotReachable)", () => {
    expect(classifyDatabaseFault(prismaKnown("P1001", { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5999 }))).toBe("unavailable");
    expect(classifyDatabaseFault(prismaKnown("P2010", { kind: "DatabaseNotReachable" }))).toBe("unavailable");
  });

  it("calls a dropped or timed-out socket unavailable", () => {
    expect(classifyDatabaseFault(prismaKnown("P2010", { kind: "ConnectionClosed" }))).toBe("unavailable");
    expect(classifyDatabaseFault(prismaKnown("P2010", { kind: "SocketTimeout" }))).toBe("unavailable");
    expect(classifyDatabaseFault(prismaKnown("P2010", { kind: "TooManyConnections", cause: "too many" }))).toBe("unavailable");
  });

  it("calls server shutdown and connection-class SQLSTATEs unavailable", () => {
    for (const code of ["57P01", "57P02", "57P03", "08000", "08003", "08006", "08001", "53300"]) {
      expect(classifyDatabaseFault(prismaKnown("P2010", { kind: "postgres", code, originalCode: code }))).toBe("unavailable");
      expect(classifyDatabaseFault(Object.assign(new Error("pg"), { code, severity: "FATAL" }))).toBe("unavailable");
    }
  });

  it("recognises raw pg and Node socket errors", () => {
    expect(classifyDatabaseFault(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }))).toBe("unavailable");
    expect(classifyDatabaseFault(new Error("Connection terminated unexpectedly"))).toBe("unavailable");
    expect(classifyDatabaseFault(Object.assign(new Error("wrapped"), { cause: Object.assign(new Error("x"), { code: "ECONNRESET" }) }))).toBe("unavailable");
  });

  it("recognises Prisma's own connection codes", () => {
    for (const code of ["P1001", "P1002", "P1017"]) expect(classifyDatabaseFault(prismaKnown(code))).toBe("unavailable");
  });

  it("calls a request that waited too long for a connection or for its transaction's locks busy, not an outage", () => {
    // pg-pool's queue wait (FACTDESK_DB_POOL_WAIT_MS); connecting has its own limit and message.
    expect(classifyDatabaseFault(new Error("timeout exceeded when trying to connect"))).toBe("busy");
    expect(classifyDatabaseFault(new Error("Connection terminated due to connection timeout"))).toBe("unavailable");
    expect(classifyDatabaseFault(prismaKnown("P2024"))).toBe("busy");
    const expired = Object.assign(prismaKnown("P2028"), {
      message: "Transaction API error: A query cannot be executed on an expired transaction. The timeout for this transaction was 5000 ms, however 5845 ms passed since the start of the transaction.",
      meta: { operation: "query", timeout: 5000, timeTaken: 5845 },
    });
    expect(classifyDatabaseFault(expired)).toBe("busy");
    const notStarted = Object.assign(prismaKnown("P2028"), { message: "Transaction API error: Unable to start a transaction in the given time." });
    expect(classifyDatabaseFault(notStarted)).toBe("busy");
    // Using a transaction after it ended is a bug, not load.
    const misuse = Object.assign(prismaKnown("P2028"), { message: "Transaction API error: Transaction already closed: A commit cannot be executed on a committed transaction." });
    expect(classifyDatabaseFault(misuse)).toBeNull();
  });

  it("calls a cancelled statement a timeout", () => {
    expect(classifyDatabaseFault(prismaKnown("P2010", { kind: "postgres", code: "57014", originalCode: "57014" }))).toBe("timeout");
    expect(classifyDatabaseFault(Object.assign(new Error("canceling statement due to statement timeout"), { code: "57014", severity: "ERROR" }))).toBe("timeout");
    expect(classifyDatabaseFault(Object.assign(new Error("idle-session"), { code: "25P03", severity: "FATAL" }))).toBe("timeout");
  });

  it("leaves ordinary errors alone (bugs stay bugs)", () => {
    expect(classifyDatabaseFault(new Error("undefined is not a function"))).toBeNull();
    expect(classifyDatabaseFault(prismaKnown("P2002", { kind: "UniqueConstraintViolation" }))).toBeNull();
    expect(classifyDatabaseFault(prismaKnown("P2010", { kind: "postgres", code: "42601" }))).toBeNull();
    expect(classifyDatabaseFault(null)).toBeNull();
    expect(classifyDatabaseFault("ECONNREFUSED")).toBeNull();
  });

  it("survives a cyclic cause chain", () => {
    const a: Error & { cause?: unknown } = new Error("a");
    const b: Error & { cause?: unknown } = new Error("b");
    a.cause = b;
    b.cause = a;
    expect(classifyDatabaseFault(a)).toBeNull();
  });
});
