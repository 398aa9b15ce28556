import type { PGlite } from "@electric-sql/pglite";

/**
 * Replacement for pglite-socket 0.2.17's query queue, which multiplexes client connections onto
 * PGlite's single session one *message* at a time. Two clients using the extended protocol
 * (Parse/Bind/Execute/Sync, as `pg` and Prisma do) then interleave and break each other
 * ("portal does not exist"), and after one failure its queue never runs again.
 *
 * This queue gives one connection the session for a whole protocol cycle — up to its Sync or
 * simple Query message — and keeps it while a transaction that connection opened is in progress.
 * Other connections' messages wait their turn. A failed message fails that client only.
 */
type Entry = { handlerId: number; message: Uint8Array; onData: (data: Uint8Array) => void; resolve: (bytes: number) => void; reject: (error: unknown) => void };

const SYNC = 0x53; // 'S'
const QUERY = 0x51; // 'Q'
const TERMINATE = 0x58; // 'X'

/** True for messages after which the client waits for ReadyForQuery (end of a protocol cycle). */
export function endsProtocolCycle(message: Uint8Array): boolean {
  const type = message[0];
  // The startup message has no type byte: it begins with its length (first byte 0).
  return type === SYNC || type === QUERY || type === TERMINATE || type === 0;
}

export class ExclusiveQueryQueue {
  private queue: Entry[] = [];
  private owner: number | null = null;
  private running = false;

  constructor(private readonly db: PGlite) {}

  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    return new Promise((resolve, reject) => {
      this.queue.push({ handlerId, message, onData, resolve, reject });
      void this.pump();
    });
  }

  getQueueLength(): number {
    return this.queue.length;
  }

  clearQueueForHandler(handlerId: number): void {
    this.queue = this.queue.filter((entry) => {
      if (entry.handlerId !== handlerId) return true;
      entry.reject(new Error("Connection closed"));
      return false;
    });
  }

  /** A client that disconnects mid-transaction must not leave the session inside it. */
  async clearTransactionIfNeeded(handlerId: number): Promise<void> {
    if (this.owner !== handlerId) return;
    if (this.db.isInTransaction()) await this.db.exec("ROLLBACK");
    this.owner = null;
    await this.pump();
  }

  private next(): Entry | undefined {
    const index = this.owner === null ? 0 : this.queue.findIndex((entry) => entry.handlerId === this.owner);
    return index < 0 ? undefined : this.queue.splice(index, 1)[0];
  }

  private async pump(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      for (let entry = this.next(); entry; entry = this.next()) {
        this.owner = entry.handlerId;
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(entry.message, {
              onRawData: (data) => {
                bytes += data.length;
                entry.onData(data);
              },
            }),
          );
          entry.resolve(bytes);
        } catch (error) {
          entry.reject(error);
        }
        if (endsProtocolCycle(entry.message) && !this.db.isInTransaction()) this.owner = null;
      }
    } finally {
      this.running = false;
    }
  }
}
