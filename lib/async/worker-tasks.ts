import type { Transferable } from "node:worker_threads";

/** The tasks one kind of worker knows: a name, and the pure function that does it. */
export type WorkerTaskTable = Record<string, (input: never) => unknown>;

/** One task request as it crosses to a worker: which task, and its input. */
export type WorkerTaskRequest<T extends WorkerTaskTable> = { [K in keyof T & string]: { task: K; input: Parameters<T[K]>[0] } }[keyof T & string];

/** What task `K` of table `T` gives back (awaited). */
export type WorkerTaskResult<T extends WorkerTaskTable, K extends keyof T> = Awaited<ReturnType<T[K]>>;

type Port = { postMessage(message: unknown, transfer?: Transferable[]): void; on(event: "message", listener: (message: unknown) => void): unknown };

/**
 * Binary results (a rendered PDF) are moved rather than copied when they own their whole buffer;
 * a slice of a shared buffer (Node's small-buffer pool) is copied as usual.
 */
function transferablesOf(value: unknown): Transferable[] {
  if (value instanceof Uint8Array && value.byteOffset === 0 && value.byteLength === value.buffer.byteLength && value.buffer instanceof ArrayBuffer) return [value.buffer];
  return [];
}

/**
 * Worker side (a thread's port, or a child process's, see parentProcessPort) of a {@link WorkerPool}: answers each `{ id, input: { task, input } }` with
 * `{ id, result }` or `{ id, error }`, running the named task from `tasks`. Posts `{ ready: true }`
 * first (call it once the worker has loaded what it needs: the pool's time limit counts from it).
 */
export function serveWorkerTasks<T extends WorkerTaskTable>(port: Port, tasks: T): void {
  port.postMessage({ ready: true });
  port.on("message", (message) => {
    const { id, input } = message as { id: number; input: { task: string; input: unknown } };
    void (async () => {
      try {
        const handler = tasks[input.task] as ((value: unknown) => unknown) | undefined;
        if (!handler) throw new Error(`Unknown worker task: ${input.task}`);
        const result = await handler(input.input);
        port.postMessage({ id, result }, transferablesOf(result));
      } catch (error) {
        port.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
      }
    })();
  });
}
