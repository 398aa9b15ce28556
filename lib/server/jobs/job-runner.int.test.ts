import { randomUUID } from "node:crypto";
import pg from "pg";
import pino from "pino";
import { afterAll, afterEach, describe, expect, inject, it } from "vitest";
import { z } from "zod";
import { deadLetterQueueName, defineJobQueue } from "@/lib/jobs/job-queue-definition";
import { db } from "@/lib/server/db/prisma";
import { JobRunner } from "./job-runner";

const silent = pino({ level: "silent" });
const runners: JobRunner[] = [];
const schemas: string[] = [];

/** A runner on its own pg-boss schema, so tests never take each other's jobs. */
function newRunner(connectionString = inject("databaseUrl")): JobRunner {
  const schema = `pgboss_test_${randomUUID().slice(0, 8)}`;
  schemas.push(schema);
  const runner = new JobRunner({ connectionString, logger: silent, pollingIntervalSeconds: 0.5, schema, stopTimeoutSeconds: 2 });
  runners.push(runner);
  return runner;
}

async function until<T>(read: () => Promise<T> | T, accept: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (accept(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out; last value ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

afterEach(async () => {
  await Promise.all(runners.splice(0).map((runner) => runner.stop()));
});

afterAll(async () => {
  const client = new pg.Client({ connectionString: inject("databaseUrl") });
  await client.connect();
  for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client.end();
});

const echo = defineJobQueue({ name: "test.echo", payload: z.object({ text: z.string().min(1) }), retryLimit: 2, retryDelaySeconds: 1, retryBackoff: false });

describe("JobRunner", () => {
  it("delivers a job's validated payload to a worker", async () => {
    const runner = newRunner();
    const seen: string[] = [];
    await runner.work(echo, async ({ text }) => void seen.push(text));
    const id = await runner.enqueue(echo, { text: "hello" });
    await until(
      () => seen,
      (list) => list.length === 1,
    );
    expect(seen).toEqual(["hello"]);
    expect(
      await until(
        () => runner.jobState(echo, id),
        (state) => state === "completed",
      ),
    ).toBe("completed");
  });

  it("refuses to send a payload its queue's schema rejects", async () => {
    const runner = newRunner();
    await expect(runner.enqueue(echo, { text: "" })).rejects.toThrow(/too_small|at least|>=1/i);
  });

  it("retries a failing job and counts the attempts", async () => {
    const runner = newRunner();
    const attempts: number[] = [];
    await runner.work(echo, async (_payload, job) => {
      attempts.push(job.attempt);
      if (job.attempt < 3) throw new Error("not yet");
    });
    const id = await runner.enqueue(echo, { text: "flaky" });
    await until(
      () => runner.jobState(echo, id),
      (state) => state === "completed",
    );
    expect(attempts).toEqual([1, 2, 3]);
  });

  it("moves a job whose retries are used up to the dead-letter queue", async () => {
    const runner = newRunner();
    const once = defineJobQueue({ name: "test.once", payload: z.object({ n: z.number() }), retryLimit: 0 });
    await runner.work(once, async () => {
      throw new Error("always");
    });
    const id = await runner.enqueue(once, { n: 1 });
    expect(
      await until(
        () => runner.jobState(once, id),
        (state) => state === "failed",
      ),
    ).toBe("failed");
    const deadLetter = defineJobQueue({ name: deadLetterQueueName(once.name), payload: z.object({ n: z.number() }) });
    const dead: number[] = [];
    await runner.work(deadLetter, async ({ n }) => void dead.push(n));
    await until(
      () => dead,
      (list) => list.length === 1,
    );
    expect(dead).toEqual([1]);
  });

  it("fails a job whose stored payload no longer matches the schema, without calling the handler", async () => {
    const runner = newRunner();
    const strict = defineJobQueue({ name: "test.strict", payload: z.object({ n: z.number() }), retryLimit: 0 });
    const loose = defineJobQueue({ name: "test.strict", payload: z.object({ n: z.unknown() }), retryLimit: 0 });
    const handled: unknown[] = [];
    const id = await runner.enqueue(loose, { n: "not a number" });
    await runner.work(strict, async (payload) => void handled.push(payload));
    expect(
      await until(
        () => runner.jobState(strict, id),
        (state) => state === "failed",
      ),
    ).toBe("failed");
    expect(handled).toEqual([]);
  });

  it("writes a job inside the caller's transaction: kept on commit, gone on rollback", async () => {
    const runner = newRunner();
    await runner.ensureQueue(echo);
    const committed = await db().$transaction((tx) => runner.enqueue(echo, { text: "committed" }, { tx }));
    const rolledBack = randomUUID();
    await expect(
      db().$transaction(async (tx) => {
        await runner.enqueue(echo, { text: "rolled back" }, { tx, id: rolledBack });
        throw new Error("abort");
      }),
    ).rejects.toThrow("abort");
    expect(await runner.jobState(echo, committed)).toBe("created");
    expect(await runner.jobState(echo, rolledBack)).toBeNull();
    const seen: string[] = [];
    await runner.work(echo, async ({ text }) => void seen.push(text));
    await until(
      () => seen,
      (list) => list.length === 1,
    );
    expect(seen).toEqual(["committed"]);
  });

  it("refuses a transactional enqueue on a queue not created yet (creating it needs another connection)", async () => {
    const runner = newRunner();
    const fresh = defineJobQueue({ name: "test.fresh", payload: z.object({}) });
    await expect(db().$transaction((tx) => runner.enqueue(fresh, {}, { tx }))).rejects.toThrow(/not ready/);
  });

  it("holds a job for later with startAfter", async () => {
    const runner = newRunner();
    const seen: number[] = [];
    await runner.work(echo, async () => void seen.push(Date.now()));
    const from = Date.now();
    await runner.enqueue(echo, { text: "later" }, { startAfter: new Date(from + 2_000) });
    await until(
      () => seen,
      (list) => list.length === 1,
    );
    expect(seen[0] - from).toBeGreaterThanOrEqual(1_900);
  });

  it("gives each job to one worker when two instances work the same queue", async () => {
    const schema = `pgboss_test_${randomUUID().slice(0, 8)}`;
    schemas.push(schema);
    const [a, b] = [0, 1].map(() => new JobRunner({ connectionString: inject("databaseUrl"), logger: silent, pollingIntervalSeconds: 0.5, schema }));
    runners.push(a, b);
    await a.start();
    const handled: string[] = [];
    await a.work(echo, async ({ text }) => void handled.push(text));
    await b.work(echo, async ({ text }) => void handled.push(text));
    for (let i = 0; i < 10; i++) await a.enqueue(echo, { text: `job ${i}` });
    await until(
      () => handled,
      (list) => list.length >= 10,
    );
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(handled.toSorted()).toEqual(Array.from({ length: 10 }, (_, i) => `job ${i}`).toSorted());
  });
});
