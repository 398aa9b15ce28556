import type { PGlite } from "@electric-sql/pglite";

/**
 * Multiplexes the socket clients onto PGlite's single session. (pglite-socket 0.2.17's own queue
 * goes one *message* at a time, so two clients using the extended protocol interleave and break
 * each other, and after one failure it never runs again.)
 *
 * One connection has the session for a whole protocol cycle — up to its Sync or simple Query —
 * and keeps it while a transaction it opened is in progress; other connections' messages wait
 * their turn. A connection that goes away while it has the session gives it back clean: the
 * pending extended-protocol cycle is ended and its transaction rolled back. One that keeps the
 * session idle (say, a psql user who typed BEGIN) while others wait is reported after
 * `holdTimeoutMs`, for the server to disconnect it — as PostgreSQL's
 * idle_in_transaction_session_timeout would.
 */
type Entry = { connectionId: number; message: Uint8Array; onData: (data: Uint8Array) => void; resolve: () => void; reject: (error: unknown) => void };

const SYNC = 0x53; // 'S'
const QUERY = 0x51; // 'Q'
const SYNC_MESSAGE = new Uint8Array([SYNC, 0, 0, 0, 4]);
const ROLLBACK_MESSAGE = new Uint8Array([QUERY, 0, 0, 0, 13, ...new TextEncoder().encode("ROLLBACK"), 0]);

/** True for messages after which the client waits for ReadyForQuery (end of a protocol cycle). */
export function endsProtocolCycle(message: Uint8Array): boolean {
  const type = message[0];
  // The startup packet has no type byte: it begins with its length (first byte 0).
  return type === SYNC || type === QUERY || type === 0;
}

export class ExclusiveQueryQueue {
  private queue: Entry[] = [];
  private owner: number | null = null;
  private readonly departed = new Set<number>();
  private running = false;
  private closed = false;
  private holdTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: PGlite,
    private readonly hold: { timeoutMs: number; onTimeout: (connectionId: number) => void } = { timeoutMs: 0, onTimeout: () => undefined },
  ) {}

  /** Runs `message` for the connection when the session is its turn; PGlite's answer goes to `onData`. */
  enqueue(connectionId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.closed || this.departed.has(connectionId)) return reject(new Error("Connection closed"));
      this.queue.push({ connectionId, message, onData, resolve, reject });
      if (connectionId === this.owner) this.stopHoldTimer();
      void this.pump();
    });
  }

  /** The connection has gone: its waiting messages are dropped and, if it has the session, the session is reset. */
  release(connectionId: number): Promise<void> {
    this.dropEntries((entry) => entry.connectionId === connectionId);
    if (this.owner !== connectionId) return Promise.resolve();
    this.departed.add(connectionId);
    return this.pump();
  }

  /** Stops taking messages (the server is shutting down). */
  close(): void {
    this.closed = true;
    this.stopHoldTimer();
    this.dropEntries(() => true);
  }

  private stopHoldTimer(): void {
    if (this.holdTimer) clearTimeout(this.holdTimer);
    this.holdTimer = null;
  }

  /** The owner is idle and others wait: give it `timeoutMs` to go on before it is reported. */
  private startHoldTimer(): void {
    if (this.holdTimer || this.hold.timeoutMs <= 0 || this.owner === null || this.queue.length === 0) return;
    const owner = this.owner;
    this.holdTimer = setTimeout(() => {
      this.holdTimer = null;
      if (this.owner === owner && !this.running) this.hold.onTimeout(owner);
    }, this.hold.timeoutMs);
    this.holdTimer.unref();
  }

  private dropEntries(matches: (entry: Entry) => boolean): void {
    this.queue = this.queue.filter((entry) => {
      if (!matches(entry)) return true;
      entry.reject(new Error("Connection closed"));
      return false;
    });
  }

  private next(): Entry | undefined {
    const index = this.owner === null ? 0 : this.queue.findIndex((entry) => entry.connectionId === this.owner);
    return index < 0 ? undefined : this.queue.splice(index, 1)[0];
  }

  /** Ends a departed owner's unfinished cycle (errors make PostgreSQL skip to the next Sync) and transaction. */
  private async resetSession(): Promise<void> {
    // Raw messages: PGlite's exec() would wait for the lock runExclusive holds.
    await this.db.runExclusive(async () => {
      await this.db.execProtocolRawStream(SYNC_MESSAGE, { onRawData: () => undefined });
      if (this.db.isInTransaction()) await this.db.execProtocolRawStream(ROLLBACK_MESSAGE, { onRawData: () => undefined });
    });
  }

  private async pump(): Promise<void> {
    if (this.running || this.closed) return;
    this.running = true;
    try {
      for (;;) {
        if (this.owner !== null && this.departed.has(this.owner)) {
          this.departed.delete(this.owner);
          this.owner = null;
          await this.resetSession().catch((error) => console.error("Embedded PostgreSQL: could not reset the session", error));
          continue;
        }
        const entry = this.next();
        if (!entry || this.closed) break;
        this.owner = entry.connectionId;
        try {
          await this.db.runExclusive(() => this.db.execProtocolRawStream(entry.message, { onRawData: entry.onData }));
          entry.resolve();
        } catch (error) {
          entry.reject(error);
        }
        if (endsProtocolCycle(entry.message) && !this.db.isInTransaction() && this.owner === entry.connectionId) {
          this.owner = null;
          this.departed.delete(entry.connectionId);
        }
      }
    } finally {
      this.running = false;
    }
    if (this.owner === null) this.stopHoldTimer();
    else this.startHoldTimer();
  }
}
