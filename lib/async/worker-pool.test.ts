import { Worker } from "node:worker_threads";
import { afterEach, describe, expect, it } from "vitest";
import { WorkerPool, WorkerTimeoutError } from "./worker-pool";

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
const newPool = (size = 2, taskTimeoutMs = 2_000) => (pool = new WorkerPool({ spawn: () => new Worker(SOURCE, { eval: true }), size, taskTimeoutMs }));

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

  it("refuses work once closed", async () => {
    const workers = newPool();
    await workers.close();
    await expect(workers.run(1)).rejects.toThrow(/closed/);
  });
});
