import { afterEach, describe, expect, it } from "vitest";
import { classifyDatabaseFault } from "./database-fault";
import { createDatabasePool, createPrismaClient, type AppPrismaClient } from "./create-prisma-client";

const url = () => process.env.DATABASE_URL!;

describe("the app's pool and transactions under load", () => {
  let client: AppPrismaClient | null = null;
  afterEach(async () => {
    await client?.$disconnect();
    client = null;
  });

  it("lets a burst of transactions queue for a small pool instead of failing after Prisma's 2 s default wait", async () => {
    const pool = createDatabasePool(url(), { maxConnections: 2, timeouts: { connectMs: 5_000, poolWaitMs: 10_000 } });
    client = createPrismaClient(url(), { pool, transactions: { maxWaitMs: 10_000, timeoutMs: 15_000 } });
    // 12 transactions of 0.5 s on 2 connections: the last waits about 2.5 s for its turn.
    const results = await Promise.allSettled(
      Array.from({ length: 12 }, (_, i) =>
        client!.$transaction(async (tx) => {
          await tx.$executeRaw`SELECT pg_sleep(0.5)`;
          return i;
        }),
      ),
    );
    expect(results.filter((result) => result.status === "rejected")).toEqual([]);
  });

  it("lets one transaction run past Prisma's 5 s default limit when the configured limit allows it", async () => {
    client = createPrismaClient(url(), { maxConnections: 1, transactions: { maxWaitMs: 10_000, timeoutMs: 15_000 } });
    const value = await client.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_sleep(5.5)`;
      return "committed";
    });
    expect(value).toBe("committed");
  });

  it("waits for a busy pool's connection as long as the pool wait allows, whatever the connect time limit", async () => {
    client = createPrismaClient(url(), { maxConnections: 1, timeouts: { connectMs: 300, poolWaitMs: 5_000 } });
    const results = await Promise.allSettled([client.$executeRaw`SELECT pg_sleep(1)`, client.$executeRaw`SELECT pg_sleep(1)`]);
    expect(results.filter((result) => result.status === "rejected")).toEqual([]);
  });

  it("gives up waiting for a connection once the pool wait has passed, as busy, which the API answers with 503 and Retry-After", async () => {
    client = createPrismaClient(url(), { maxConnections: 1, timeouts: { connectMs: 5_000, poolWaitMs: 300 } });
    // Prisma's queries are lazy: `then` starts this one, which holds the only connection.
    const slow = Promise.resolve(client.$executeRaw`SELECT pg_sleep(1.5)`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const error = await client.$queryRaw`SELECT 1`.then(
      () => null,
      (reason: unknown) => reason,
    );
    expect(classifyDatabaseFault(error)).toBe("busy");
    await slow;
  });
});
