import type { ChildProcess, ForkOptions } from "node:child_process";
import { EventEmitter } from "node:events";
import type { PoolWorker } from "./worker-pool";

/** The lowest CPU priority (the highest nice value) a process can have on Linux and macOS. */
export const LOWEST_PRIORITY = 19;

export type ForkPoolWorkerOptions = {
  /** The module the child runs (it serves tasks over its IPC channel, see serveWorkerTasks). */
  modulePath: string;
  args?: string[];
  /** Node flags of the child (default: none of the parent's, so a debugger or loader flag isn't inherited). */
  execArgv?: string[];
  env?: NodeJS.ProcessEnv;
  /**
   * Nice value the child runs at (-20…19; default {@link LOWEST_PRIORITY}): the operating system
   * then gives the CPU to the request threads first, and the child only what they leave.
   */
  priority?: number;
  /** Called when the priority could not be set (a platform without it): the child runs anyway. */
  onPriorityError?: (error: Error) => void;
  /** `child_process.fork`; tests and bundlers may pass their own. */
  fork?: (modulePath: string, args: string[], options: ForkOptions) => ChildProcess;
};

/**
 * One child process as a {@link PoolWorker}: started with `fork` (structured-clone IPC, so bytes
 * and strings cross as they are), its CPU priority lowered right away, `postMessage` sent over
 * its IPC channel, "online" once it has spawned, `terminate` kills it (SIGKILL: a render stuck in
 * a loop doesn't answer SIGTERM) and resolves when it has exited. A worker thread can't be given
 * a lower priority; a process can, which is what keeps a 2-core machine answering requests while
 * it renders a huge report.
 */
export function forkPoolWorker(options: ForkPoolWorkerOptions): PoolWorker & { readonly pid: number | undefined } {
  const fork = options.fork ?? process.getBuiltinModule("node:child_process").fork;
  const child = fork(options.modulePath, options.args ?? [], {
    execArgv: options.execArgv ?? [],
    env: options.env ?? process.env,
    serialization: "advanced",
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  if (child.pid !== undefined) {
    try {
      process.getBuiltinModule("node:os").setPriority(child.pid, options.priority ?? LOWEST_PRIORITY);
    } catch (error) {
      options.onPriorityError?.(error instanceof Error ? error : new Error(String(error)));
    }
  }
  const events = new EventEmitter();
  let exited = child.exitCode !== null || child.signalCode !== null;
  const exit = new Promise<void>((resolve) => {
    if (exited) resolve();
    child.once("exit", (code) => {
      exited = true;
      events.emit("exit", code);
      resolve();
    });
  });
  child.once("spawn", () => events.emit("online"));
  child.on("message", (message) => events.emit("message", message));
  child.on("error", (error) => events.emit("error", error));
  // An IPC channel keeps the parent alive like the child does: both follow ref()/unref().
  const channel = () => child.channel as { ref(): void; unref(): void } | null | undefined;
  return {
    get pid() {
      return child.pid;
    },
    postMessage(message) {
      if (child.connected) child.send(message as never, (error) => error && events.emit("error", error));
    },
    on(event: string, listener: (value: unknown) => void) {
      events.on(event, listener);
      return this;
    },
    once(event: string, listener: () => void) {
      events.once(event, listener);
      return this;
    },
    ref() {
      child.ref();
      channel()?.ref();
    },
    unref() {
      child.unref();
      channel()?.unref();
    },
    async terminate() {
      if (!exited) child.kill("SIGKILL");
      await exit;
    },
  } as PoolWorker & { readonly pid: number | undefined };
}

/**
 * The child's side of the IPC channel, shaped as serveWorkerTasks expects of a port. The child
 * exits when its parent goes away (the channel closes), so no orphan keeps rendering.
 */
export function parentProcessPort(): { postMessage(message: unknown): void; on(event: "message", listener: (message: unknown) => void): unknown } {
  const send = process.send?.bind(process);
  if (!send) throw new Error("parentProcessPort: this process was not started with an IPC channel (child_process.fork)");
  process.once("disconnect", () => process.exit(0));
  return {
    postMessage: (message) => void send(message),
    on: (event, listener) => process.on(event, listener),
  };
}
