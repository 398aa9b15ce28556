import { Worker } from "node:worker_threads";
import { afterEach, describe, expect, it } from "vitest";
import { WorkerPool, WorkerQueueFullError, WorkerTimeoutError } from "./worker-pool";

// A tiny worker written inline: doubles numbers, spins for `{ spinMs }`, throws for "boom", exits for "exit".
const SOURCE = `
const { parentPort } = require("node:worker_threads");
parentPort.on("message", ({ id, input }) => {
  if (input === "boom") return parentPort.postMessage({ id, error: "boom failed" });
  if (input === "exit") process.exit(3);
  if (input && input.spinMs) { const end = Date.now() + input.spinMs; while (Date.now() < end); return parentPort.postMessage({ id, result: "spun" }); }
  parentPort.postMessage({ id, result: input * 2 });
});`;

let pool: WorkerPool<unknown, unknown> | null = null;
let spawned = 0;
const newPool = (size = 2, taskTimeoutMs = 2_000, maxQueued?: number) =>
  (pool = new WorkerPool({
    spawn: () => {
      spawned++;
      return new Worker(SOURCE, { eval: true });
    },
    size,
    taskTimeoutMs,
    maxQueued,
  }));

afterEach(async () => {
  await pool?.close();
  pool = null;
});

describe("WorkerPool", () => {
  it("runs tasks on workers and gives back their results", async () => {
    const workers = newPool();
    expect(await Promise.all([1, 2, 3, 4, 5].map((n) => workers.run(n)))).toEqual([2, 4, 6, 8, 10]);
  });

  it("passes a worker's own error to the caller and keeps working", async () => {
    const workers = newPool();
    await expect(workers.run("boom")).rejects.toThrow("boom failed");
    expect(await workers.run(21)).toBe(42);
  });

  it("stops a task that runs past the limit and replaces its worker", async () => {
    const workers = newPool(1, 100);
    await expect(workers.run({ spinMs: 2_000 })).rejects.toBeInstanceOf(WorkerTimeoutError);
    expect(await workers.run(5)).toBe(10);
  });

  it("fails the task of a worker that exits, and carries on", async () => {
    const workers = newPool(1);
    await expect(workers.run("exit")).rejects.toThrow(/stopped unexpectedly/);
    expect(await workers.run(1)).toBe(2);
  });

  it("queues tasks beyond its size", async () => {
    const workers = newPool(1);
    const results = await Promise.all([workers.run({ spinMs: 50 }), workers.run(3)]);
    expect(results).toEqual(["spun", 6]);
  });

  it("replaces the worker of a timed-out task with a new one", async () => {
    const workers = newPool(1, 100);
    workers.warm();
    const before = spawned;
    await expect(workers.run({ spinMs: 2_000 })).rejects.toThrow(/longer than 100 ms/);
    expect(await workers.run(4)).toBe(8);
    expect(spawned).toBe(before + 1);
  });

  it("refuses a task when its queue is full, and takes work again once there is room", async () => {
    const workers = newPool(1, 5_000, 1);
    const running = workers.run({ spinMs: 300 });
    const waiting = workers.run(2);
    await expect(workers.run(3)).rejects.toBeInstanceOf(WorkerQueueFullError);
    expect(workers.stats()).toEqual({ size: 1, busy: 1, queued: 1 });
    expect(await Promise.all([running, waiting])).toEqual(["spun", 4]);
    expect(await workers.run(5)).toBe(10);
  });

  it("says in its refusal how many tasks are waiting", async () => {
    const workers = newPool(1, 5_000, 0);
    const running = workers.run({ spinMs: 200 });
    await expect(workers.run(1)).rejects.toThrow("Every worker is busy and 0 tasks are already waiting");
    await running;
  });

  it("drops a waiting task whose signal aborts, without running it", async () => {
    const workers = newPool(1);
    const running = workers.run({ spinMs: 200 });
    const controller = new AbortController();
    const waiting = workers.run(7, { signal: controller.signal });
    controller.abort();
    await expect(waiting).rejects.toThrow(/cancelled/);
    expect(workers.stats().queued).toBe(0);
    await running;
  });

  it("stops a running task whose signal aborts and replaces its worker", async () => {
    const workers = newPool(1, 10_000);
    const controller = new AbortController();
    const started = Date.now();
    const spinning = workers.run({ spinMs: 5_000 }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 300);
    await expect(spinning).rejects.toThrow(/cancelled/);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(await workers.run(6)).toBe(12);
  });

  it("counts the time limit from the worker's ready message when it announces one", async () => {
    // Loads for 400 ms (longer than the limit), then says it is ready and answers at once.
    const slowLoader = `
const { parentPort } = require("node:worker_threads");
const end = Date.now() + 400; while (Date.now() < end);
parentPort.postMessage({ ready: true });
parentPort.on("message", ({ id, input }) => parentPort.postMessage({ id, result: input + 1 }));`;
    pool = new WorkerPool({ spawn: () => new Worker(slowLoader, { eval: true }), size: 1, taskTimeoutMs: 250, announcesReady: true });
    expect(await pool.run(1)).toBe(2);
  });

  it("refuses work once closed", async () => {
    const workers = newPool();
    await workers.close();
    await expect(workers.run(1)).rejects.toThrow(/closed/);
  });
});
