import "server-only";
import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { db } from "@/lib/server/db/prisma";

/** No slot of the host came free in time: the fetch is retried later, like a timeout. */
export class HostBusyError extends Error {}

export type ArchiveHostSlotsOptions = {
  /** Fetches of one host at a time, across every instance. */
  perHost: number;
  /** How long a slot is held at most (a killed instance's slot frees itself then): longer than one fetch. */
  leaseMs: number;
  /** Pause between tries while every slot is taken (doubled up to 8 times that, with jitter). */
  pollMs?: number;
  /** Longest wait for a slot before {@link HostBusyError}. */
  maxWaitMs?: number;
  /** Who holds the slots taken through this object (default: a new id per process). */
  holder?: string;
};

/**
 * The per-host limit of the evidence archive across instances: a fetch holds one of the host's
 * `perHost` slots, rows of `ArchiveHostSlot` taken with a single upsert (free, or whose lease ran
 * out) and deleted when the fetch ends. Nothing is held open meanwhile (no connection, no lock),
 * and a slot of an instance killed mid-fetch frees itself when its lease runs out.
 */
export class ArchiveHostSlots {
  readonly #options: Required<ArchiveHostSlotsOptions>;

  constructor(options: ArchiveHostSlotsOptions) {
    if (!Number.isInteger(options.perHost) || options.perHost < 1) throw new Error("perHost must be a whole number ≥ 1");
    this.#options = { pollMs: 250, maxWaitMs: 120_000, holder: `archive-${randomUUID()}`, ...options };
  }

  /** Takes a free slot of the host for `holder`, or null when all are held. */
  async #take(host: string, holder: string): Promise<number | null> {
    const expiresAt = new Date(Date.now() + this.#options.leaseMs);
    for (let slot = 0; slot < this.#options.perHost; slot += 1) {
      const taken = await db().$queryRaw<{ slot: number }[]>`
        INSERT INTO "ArchiveHostSlot" ("host", "slot", "holder", "expiresAt") VALUES (${host}, ${slot}, ${holder}, ${expiresAt})
        ON CONFLICT ("host", "slot") DO UPDATE SET "holder" = EXCLUDED."holder", "expiresAt" = EXCLUDED."expiresAt"
        WHERE "ArchiveHostSlot"."expiresAt" < now()
        RETURNING "slot"`;
      if (taken.length > 0) return slot;
    }
    return null;
  }

  /** Runs `task` holding one of the host's slots (waiting for one), and frees it after, whatever happened. */
  async run<T>(host: string, task: () => Promise<T>): Promise<T> {
    const key = host.toLowerCase();
    // Each fetch is its own holder: freeing it never frees a slot another fetch took over.
    const holder = `${this.#options.holder}:${randomUUID()}`;
    const giveUpAt = Date.now() + this.#options.maxWaitMs;
    let pause = this.#options.pollMs;
    let slot = await this.#take(key, holder);
    while (slot === null) {
      if (Date.now() + pause > giveUpAt) throw new HostBusyError(`${host} is busy: ${this.#options.perHost} fetches of it are running on the desk's instances`);
      await sleep(pause * (0.5 + Math.random()));
      pause = Math.min(pause * 2, this.#options.pollMs * 8);
      slot = await this.#take(key, holder);
    }
    try {
      return await task();
    } finally {
      await db().archiveHostSlot.deleteMany({ where: { host: key, slot, holder } });
    }
  }
}
