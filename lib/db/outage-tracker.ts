/**
 * Up/down state of the database as this process sees it, so that an outage is logged once when
 * it begins and once when it ends, however many requests fail in between.
 */
export class OutageTracker {
  #downSince: Date | null = null;
  #failures = 0;

  get isDown(): boolean {
    return this.#downSince !== null;
  }

  /** A request found the database unreachable; `began` is true for the first one of an outage. */
  failed(now = new Date()): { began: boolean } {
    this.#failures += 1;
    if (this.#downSince) return { began: false };
    this.#downSince = now;
    return { began: true };
  }

  /** A request reached the database; `recovered` is true for the first one after an outage. */
  succeeded(now = new Date()): { recovered: true; downForMs: number; failures: number } | { recovered: false } {
    if (!this.#downSince) return { recovered: false };
    const result = { recovered: true as const, downForMs: now.getTime() - this.#downSince.getTime(), failures: this.#failures };
    this.#downSince = null;
    this.#failures = 0;
    return result;
  }
}
