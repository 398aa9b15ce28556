import type { Worker } from "node:worker_threads";

type Task<I, O> = { id: number; input: I; resolve: (value: O) => void; reject: (error: Error) => void };
type Slot<I, O> = { worker: Worker; task: Task<I, O> | null; timer: NodeJS.Timeout | null; online: boolean };

/** A task ran past the pool's time limit; its worker was stopped. */
export class WorkerTimeoutError extends Error {
  constructor(limitMs: number) {
    super(`The work took longer than ${limitMs} ms and was stopped`);
    this.name = "WorkerTimeoutError";
  }
}

export type WorkerPoolOptions = {
  /** Starts one worker; it answers each `{ id, input }` message with `{ id, result }` or `{ id, error }`. */
  spawn: () => Worker;
  /** At most this many workers (and tasks running at once); more tasks wait in line. */
  size: number;
  /** A task running longer is failed with {@link WorkerTimeoutError} and its worker replaced. */
  taskTimeoutMs: number;
};

/**
 * A small pool of worker threads for CPU-heavy pure work. Workers start on demand (or with
 * {@link warm}), are reused, never keep the process alive while idle, and are replaced when one
 * crashes or runs past the time limit.
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

  /** Runs one task on a worker. */
  run(input: I): Promise<O> {
    if (this.#closed) return Promise.reject(new Error("The worker pool is closed"));
    return new Promise<O>((resolve, reject) => {
      this.#queue.push({ id: this.#nextId++, input, resolve, reject });
      this.#dispatch();
    });
  }

  /** Stops every worker; queued and running tasks fail. */
  async close(): Promise<void> {
    this.#closed = true;
    for (const task of this.#queue.splice(0)) task.reject(new Error("The worker pool is closed"));
    await Promise.all(this.#slots.splice(0).map((slot) => this.#retire(slot, new Error("The worker pool is closed"))));
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
      slot.worker.postMessage({ id: task.id, input: task.input });
    }
  }

  #addSlot(): Slot<I, O> {
    const worker = this.options.spawn();
    const slot: Slot<I, O> = { worker, task: null, timer: null, online: false };
    worker.unref();
    // The time limit counts from when the worker runs: loading it is not the task's time.
    worker.once("online", () => {
      slot.online = true;
      if (slot.task && !slot.timer) this.#startTimer(slot);
    });
    worker.on("message", (message: { id: number; result?: O; error?: string }) => {
      const task = slot.task;
      if (!task || task.id !== message.id) return;
      this.#settle(slot);
      if (message.error !== undefined) task.reject(new Error(message.error));
      else task.resolve(message.result as O);
      this.#dispatch();
    });
    worker.on("error", (error) => void this.#replace(slot, error));
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
    task?.reject(error);
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
