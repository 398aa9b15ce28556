import type { Transferable } from "node:worker_threads";

/**
 * What the pool needs of one worker: a worker thread (`Worker`) is one as it is; a child process
 * is one through {@link forkPoolWorker} (lib/async/child-process-worker.ts).
 */
export type PoolWorker = {
  postMessage(message: unknown, transfer?: readonly Transferable[]): void;
  /** "message": what the worker posted; "error": an Error; "exit": its exit code. */
  on(event: "message" | "error" | "exit", listener: (value: unknown) => void): unknown;
  once(event: "online", listener: () => void): unknown;
  ref(): void;
  unref(): void;
  terminate(): Promise<unknown>;
};

type Task<I, O> = { id: number; input: I; transfer: Transferable[]; resolve: (value: O) => void; reject: (error: Error) => void; detach: () => void };
type Slot<I, O> = { worker: PoolWorker; task: Task<I, O> | null; timer: NodeJS.Timeout | null; online: boolean };

/** A task ran past the pool's time limit; its worker was stopped. */
export class WorkerTimeoutError extends Error {
  constructor(readonly limitMs: number) {
    super(`The work took longer than ${limitMs} ms and was stopped`);
    this.name = "WorkerTimeoutError";
  }
}

/** Every worker was busy and the line of waiting tasks was full: the task was not taken. */
export class WorkerQueueFullError extends Error {
  constructor(readonly maxQueued: number) {
    super(`Every worker is busy and ${maxQueued} tasks are already waiting`);
    this.name = "WorkerQueueFullError";
  }
}

/** The caller's signal aborted the task (it was dropped from the line, or its worker stopped). */
export class WorkerTaskCancelledError extends Error {
  constructor() {
    super("The work was cancelled");
    this.name = "WorkerTaskCancelledError";
  }
}

export type WorkerPoolOptions = {
  /** Starts one worker (a thread or a child process); it answers each `{ id, input }` message with `{ id, result }` or `{ id, error }`. */
  spawn: () => PoolWorker;
  /** At most this many workers (and tasks running at once); more tasks wait in line. */
  size: number;
  /** A task running longer is failed with {@link WorkerTimeoutError} and its worker replaced. */
  taskTimeoutMs: number;
  /** At most this many tasks wait for a worker; past it {@link WorkerPool.run} refuses with {@link WorkerQueueFullError}. Unlimited by default. */
  maxQueued?: number;
  /**
   * The worker posts `{ ready: true }` once it has loaded what it needs (see serveWorkerTasks):
   * the time limit counts from then, not from the thread's start, so a slow first load (modules,
   * fonts) is not the first task's time. Without it the limit counts from the thread's start.
   */
  announcesReady?: boolean;
};

/** Options of one {@link WorkerPool.run}. */
export type RunOptions = {
  /** Aborting drops a waiting task, or stops a running one (its worker is replaced). */
  signal?: AbortSignal;
  /** Buffers moved to the worker rather than copied (the caller can't use them afterwards). */
  transfer?: Transferable[];
};

/** What a pool is doing now: its size, the tasks running and the tasks waiting. */
export type WorkerPoolStats = { size: number; busy: number; queued: number };

/**
 * A small pool of workers (threads or child processes) for CPU-heavy work. Workers start on demand (or with
 * {@link warm}), are reused, never keep the process alive while idle, and are replaced when one
 * crashes, runs past the time limit or has its task cancelled. The line of waiting tasks can be
 * capped, so that a burst of heavy work is refused at once instead of waiting for minutes.
 */
export class WorkerPool<I, O> {
  readonly #slots: Slot<I, O>[] = [];
  readonly #queue: Task<I, O>[] = [];
  #nextId = 1;
  #closed = false;

  constructor(private readonly options: WorkerPoolOptions) {}

  /** Starts the workers now, so that the first task doesn't wait for one to load. */
  warm(): void {
    while (!this.#closed && this.#slots.length < this.options.size) this.#addSlot();
  }

  /** The pool's size and how many tasks run and wait now. */
  stats(): WorkerPoolStats {
    return { size: this.options.size, busy: this.#slots.filter((slot) => slot.task !== null).length, queued: this.#queue.length };
  }

  /** Runs one task on a worker; refuses at once when every worker is busy and the line is full. */
  run(input: I, options: RunOptions = {}): Promise<O> {
    if (this.#closed) return Promise.reject(new Error("The worker pool is closed"));
    if (options.signal?.aborted) return Promise.reject(new WorkerTaskCancelledError());
    const canStart = this.#slots.some((slot) => slot.task === null) || this.#slots.length < this.options.size;
    if (!canStart && this.#queue.length >= (this.options.maxQueued ?? Infinity)) return Promise.reject(new WorkerQueueFullError(this.options.maxQueued ?? 0));
    return new Promise<O>((resolve, reject) => {
      const task: Task<I, O> = { id: this.#nextId++, input, transfer: options.transfer ?? [], resolve, reject, detach: () => undefined };
      const signal = options.signal;
      if (signal) {
        const onAbort = () => this.#cancel(task);
        signal.addEventListener("abort", onAbort, { once: true });
        task.detach = () => signal.removeEventListener("abort", onAbort);
      }
      this.#queue.push(task);
      this.#dispatch();
    });
  }

  /** Stops every worker; queued and running tasks fail. */
  async close(): Promise<void> {
    this.#closed = true;
    for (const task of this.#queue.splice(0)) this.#finish(task, new Error("The worker pool is closed"));
    await Promise.all(this.#slots.splice(0).map((slot) => this.#retire(slot, new Error("The worker pool is closed"))));
  }

  #finish(task: Task<I, O>, outcome: Error | { result: O }): void {
    task.detach();
    if (outcome instanceof Error) task.reject(outcome);
    else task.resolve(outcome.result);
  }

  #cancel(task: Task<I, O>): void {
    const waiting = this.#queue.indexOf(task);
    if (waiting !== -1) {
      this.#queue.splice(waiting, 1);
      this.#finish(task, new WorkerTaskCancelledError());
      return;
    }
    const slot = this.#slots.find((candidate) => candidate.task === task);
    if (slot) void this.#replace(slot, new WorkerTaskCancelledError());
  }

  #dispatch(): void {
    while (this.#queue.length > 0) {
      let slot = this.#slots.find((candidate) => candidate.task === null);
      if (!slot && this.#slots.length < this.options.size) slot = this.#addSlot();
      if (!slot) return;
      const task = this.#queue.shift()!;
      slot.task = task;
      slot.worker.ref();
      if (slot.online) this.#startTimer(slot);
      slot.worker.postMessage({ id: task.id, input: task.input }, task.transfer);
    }
  }

  #addSlot(): Slot<I, O> {
    const worker = this.options.spawn();
    const slot: Slot<I, O> = { worker, task: null, timer: null, online: false };
    worker.unref();
    // The time limit counts from when the worker runs (or says it is ready): loading it is not the task's time.
    const becameReady = () => {
      slot.online = true;
      if (slot.task && !slot.timer) this.#startTimer(slot);
    };
    if (!this.options.announcesReady) worker.once("online", becameReady);
    worker.on("message", (value) => {
      const message = value as { id: number; result?: O; error?: string; ready?: true };
      if (message.ready && !slot.online) return becameReady();
      const task = slot.task;
      if (!task || task.id !== message.id) return;
      this.#settle(slot);
      this.#finish(task, message.error !== undefined ? new Error(message.error) : { result: message.result as O });
      this.#dispatch();
    });
    worker.on("error", (error) => void this.#replace(slot, error instanceof Error ? error : new Error(String(error))));
    worker.on("exit", () => {
      if (this.#slots.includes(slot)) void this.#replace(slot, new Error("The worker stopped unexpectedly"));
    });
    this.#slots.push(slot);
    return slot;
  }

  #startTimer(slot: Slot<I, O>): void {
    slot.timer = setTimeout(() => void this.#replace(slot, new WorkerTimeoutError(this.options.taskTimeoutMs)), this.options.taskTimeoutMs);
  }

  #settle(slot: Slot<I, O>): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.task = null;
    slot.worker.unref();
  }

  async #retire(slot: Slot<I, O>, error: Error): Promise<void> {
    const task = slot.task;
    this.#settle(slot);
    if (task) this.#finish(task, error);
    await slot.worker.terminate();
  }

  async #replace(slot: Slot<I, O>, error: Error): Promise<void> {
    const index = this.#slots.indexOf(slot);
    if (index === -1) return;
    this.#slots.splice(index, 1);
    await this.#retire(slot, error);
    this.#dispatch();
  }
}
