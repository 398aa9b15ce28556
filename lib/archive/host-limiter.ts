/**
 * Lets at most `perHost` tasks run at once for the same host (others wait their turn, first come
 * first served), so archiving an article's twenty links to one site does not hammer it.
 */
export class HostLimiter {
  readonly #perHost: number;
  readonly #running = new Map<string, number>();
  readonly #waiting = new Map<string, (() => void)[]>();

  constructor(perHost: number) {
    if (!Number.isInteger(perHost) || perHost < 1) throw new Error("perHost must be a whole number ≥ 1");
    this.#perHost = perHost;
  }

  /** Runs `task` when the host has a free slot. */
  async run<T>(host: string, task: () => Promise<T>): Promise<T> {
    const key = host.toLowerCase();
    if ((this.#running.get(key) ?? 0) >= this.#perHost) {
      await new Promise<void>((resolve) => this.#waiting.set(key, [...(this.#waiting.get(key) ?? []), resolve]));
    } else {
      this.#running.set(key, (this.#running.get(key) ?? 0) + 1);
    }
    try {
      return await task();
    } finally {
      const next = this.#waiting.get(key)?.shift();
      if (next)
        next(); // the slot passes straight to the next in line
      else {
        const left = (this.#running.get(key) ?? 1) - 1;
        if (left === 0) this.#running.delete(key);
        else this.#running.set(key, left);
      }
      if (this.#waiting.get(key)?.length === 0) this.#waiting.delete(key);
    }
  }

  /** Tasks running for a host now (for tests). */
  running(host: string): number {
    return this.#running.get(host.toLowerCase()) ?? 0;
  }
}
