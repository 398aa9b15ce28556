import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { forkPoolWorker, LOWEST_PRIORITY } from "./child-process-worker";
import { WorkerPool, WorkerQueueFullError, WorkerTimeoutError } from "./worker-pool";

// A tiny child written to a temporary file: answers with its pid and nice value, doubles numbers,
// spins for `{ spinMs }`, sends bytes back for `{ bytes }`, exits for "exit".
const CHILD = `
const os = require("node:os");
process.send({ ready: true });
process.on("disconnect", () => process.exit(0));
process.on("message", ({ id, input }) => {
  if (input === "whoami") return process.send({ id, result: { pid: process.pid, priority: os.getPriority() } });
  if (input === "exit") process.exit(3);
  if (input && input.spinMs) { const end = Date.now() + input.spinMs; while (Date.now() < end); return process.send({ id, result: "spun" }); }
  if (input && input.bytes) return process.send({ id, result: new Uint8Array(input.bytes).fill(7) });
  process.send({ id, result: input * 2 });
});`;

let directory = "";
let modulePath = "";
let pool: WorkerPool<unknown, unknown> | null = null;

beforeAll(() => {
  directory = mkdtempSync(path.join(os.tmpdir(), "factdesk-child-worker-"));
  modulePath = path.join(directory, "child.cjs");
  writeFileSync(modulePath, CHILD);
});

afterAll(() => rmSync(directory, { recursive: true, force: true }));

afterEach(async () => {
  await pool?.close();
  pool = null;
});

const newPool = (size = 1, taskTimeoutMs = 5_000, maxQueued?: number) => (pool = new WorkerPool({ spawn: () => forkPoolWorker({ modulePath }), size, taskTimeoutMs, maxQueued, announcesReady: true }));

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** The pool fails the task at once and kills its child alongside: wait for the kill to land. */
async function diesSoon(pid: number): Promise<boolean> {
  for (let waited = 0; waited < 3_000; waited += 20) {
    if (!isAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return false;
}

describe("forkPoolWorker", () => {
  it("runs a pool's tasks in a child process at the lowest CPU priority", async () => {
    const workers = newPool();
    const child = (await workers.run("whoami")) as { pid: number; priority: number };
    expect(child.pid).not.toBe(process.pid);
    expect(child.priority).toBe(LOWEST_PRIORITY);
    expect(await Promise.all([1, 2, 3].map((n) => workers.run(n)))).toEqual([2, 4, 6]);
  });

  it("sets the nice value it is given", async () => {
    pool = new WorkerPool({ spawn: () => forkPoolWorker({ modulePath, priority: 10 }), size: 1, taskTimeoutMs: 5_000, announcesReady: true });
    expect(((await pool.run("whoami")) as { priority: number }).priority).toBe(10);
  });

  it("brings bytes back from the child intact", async () => {
    const bytes = (await newPool().run({ bytes: 3_000_000 })) as Uint8Array;
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(bytes.byteLength).toBe(3_000_000);
    expect(bytes[0]).toBe(7);
    expect(bytes[2_999_999]).toBe(7);
  });

  it("kills a child whose task runs past the limit and replaces it with a new process", async () => {
    const workers = newPool(1, 300);
    const first = (await workers.run("whoami")) as { pid: number };
    await expect(workers.run({ spinMs: 10_000 })).rejects.toBeInstanceOf(WorkerTimeoutError);
    expect(await diesSoon(first.pid)).toBe(true);
    const second = (await workers.run("whoami")) as { pid: number; priority: number };
    expect(second.pid).not.toBe(first.pid);
    expect(second.priority).toBe(LOWEST_PRIORITY);
    expect(await workers.run(4)).toBe(8);
  });

  it("fails the task of a child that exits, and carries on with a new one", async () => {
    const workers = newPool();
    await expect(workers.run("exit")).rejects.toThrow(/stopped unexpectedly/);
    expect(await workers.run(1)).toBe(2);
  });

  it("refuses at once when its child is busy and the line is full", async () => {
    const workers = newPool(1, 5_000, 0);
    await workers.run(1);
    const running = workers.run({ spinMs: 300 });
    await expect(workers.run(2)).rejects.toBeInstanceOf(WorkerQueueFullError);
    expect(await running).toBe("spun");
  });

  it("stops a running task whose signal aborts by killing its child", async () => {
    const workers = newPool(1, 10_000);
    const { pid } = (await workers.run("whoami")) as { pid: number };
    const controller = new AbortController();
    const spinning = workers.run({ spinMs: 8_000 }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 200);
    await expect(spinning).rejects.toThrow(/cancelled/);
    expect(await diesSoon(pid)).toBe(true);
    expect(await workers.run(6)).toBe(12);
  });

  it("leaves no child behind once the pool is closed", async () => {
    const workers = newPool(2);
    const pids = await Promise.all([workers.run({ spinMs: 100 }).then(() => workers.run("whoami")), workers.run("whoami")]);
    await workers.close();
    pool = null;
    for (const child of pids as { pid: number }[]) expect(isAlive(child.pid)).toBe(false);
  });
});
