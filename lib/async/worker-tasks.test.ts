import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { serveWorkerTasks } from "./worker-tasks";

/** A stand-in for a worker's parentPort that records what is posted back. */
function fakePort() {
  const emitter = new EventEmitter();
  const posted: { message: unknown; transfer?: unknown[] }[] = [];
  const port = {
    on: (event: "message", listener: (message: unknown) => void) => emitter.on(event, listener),
    postMessage: (message: unknown, transfer?: unknown[]) => posted.push({ message, transfer }),
  };
  const send = async (message: unknown) => {
    emitter.emit("message", message);
    await new Promise((resolve) => setTimeout(resolve, 10));
  };
  return { port, posted, send };
}

const tasks = {
  double: (value: number) => value * 2,
  later: async (text: string) => text.toUpperCase(),
  bytes: (size: number) => new Uint8Array(new ArrayBuffer(size)),
  fail: () => {
    throw new Error("it broke");
  },
};

describe("serveWorkerTasks", () => {
  it("runs the named task and answers with its id and result", async () => {
    const { port, posted, send } = fakePort();
    serveWorkerTasks(port, tasks);
    await send({ id: 1, input: { task: "double", input: 21 } });
    await send({ id: 2, input: { task: "later", input: "pdf" } });
    expect(posted.map((entry) => entry.message)).toEqual([{ ready: true }, { id: 1, result: 42 }, { id: 2, result: "PDF" }]);
  });

  it("answers a task's failure and an unknown task as errors", async () => {
    const { port, posted, send } = fakePort();
    serveWorkerTasks(port, tasks);
    await send({ id: 3, input: { task: "fail", input: null } });
    await send({ id: 4, input: { task: "nope", input: null } });
    expect(posted.slice(1).map((entry) => entry.message)).toEqual([
      { id: 3, error: "it broke" },
      { id: 4, error: "Unknown worker task: nope" },
    ]);
  });

  it("moves a byte result that owns its buffer instead of copying it", async () => {
    const { port, posted, send } = fakePort();
    serveWorkerTasks(port, tasks);
    await send({ id: 5, input: { task: "bytes", input: 8 } });
    const [, { message, transfer }] = posted;
    expect(transfer).toEqual([(message as { result: Uint8Array }).result.buffer]);
  });

  it("copies a byte result that shares its buffer", async () => {
    const { port, posted, send } = fakePort();
    serveWorkerTasks(port, { slice: () => new Uint8Array(new ArrayBuffer(16), 4, 8) });
    await send({ id: 6, input: { task: "slice", input: null } });
    expect(posted[1].transfer).toEqual([]);
  });
});
