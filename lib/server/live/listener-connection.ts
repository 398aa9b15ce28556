import "server-only";
import pg from "pg";

/** How a dedicated connection reports what happens to it. */
export type ListenerHandlers = {
  /** A NOTIFY arrived on one of the channels. */
  notification(channel: string, payload: string): void;
  /** The connection is (again) open and listening: read whatever was missed while it was down. */
  connected(): void;
  /** Something went wrong (logged by the owner; the connection reconnects by itself). */
  problem(error: unknown, context: string): void;
};

const BACKOFF_FIRST_MS = 100;
const BACKOFF_MAX_MS = 5_000;

/**
 * One dedicated `pg` connection per app instance for `LISTEN` (Prisma's pool cannot listen) and
 * the stream's own reads. It reconnects with backoff after the database restarts or the network
 * drops; queries made meanwhile wait for the next connection instead of failing.
 */
export class ListenerConnection {
  #client: pg.Client | null = null;
  #ready: Promise<pg.Client>;
  #resolveReady!: (client: pg.Client) => void;
  #backoffMs = BACKOFF_FIRST_MS;
  #closed = false;
  #reconnectTimer: NodeJS.Timeout | null = null;
  /** Queries run one after another (pg 8 deprecates queueing them on one client). */
  #tail: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly connectionString: string,
    private readonly channels: readonly string[],
    private readonly handlers: ListenerHandlers,
  ) {
    this.#ready = this.#newReadyPromise();
  }

  /** Opens the connection (and keeps reopening it until {@link close}). */
  start(): void {
    void this.#connect();
  }

  /** Whether the connection is open right now. */
  get isConnected(): boolean {
    return this.#client !== null;
  }

  /** Runs a query on the connection, waiting for it to be open; fails if the connection drops mid-query. */
  query<R extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<R[]> {
    const run = this.#tail.then(async () => {
      const client = await this.#ready;
      const result = await client.query<R>(text, values);
      return result.rows;
    });
    this.#tail = run.catch(() => undefined);
    return run;
  }

  /**
   * Sends a NOTIFY from a separate, short-lived connection, to find out whether signals from
   * other connections reach this one. On the embedded database every connection shares one
   * session, so the signal comes back on whichever connection is talking and the probe is lost.
   */
  async probe(channel: string, payload: string): Promise<void> {
    const prober = new pg.Client({ connectionString: this.connectionString });
    try {
      await prober.connect();
      await prober.query(`SELECT pg_notify($1, $2)`, [channel, payload]);
    } catch (error) {
      this.handlers.problem(error, "probing LISTEN");
    } finally {
      await prober.end().catch(() => undefined);
    }
  }

  /** Closes the connection for good. */
  async close(): Promise<void> {
    this.#closed = true;
    if (this.#reconnectTimer) clearTimeout(this.#reconnectTimer);
    const client = this.#client;
    this.#client = null;
    await client?.end().catch(() => undefined);
  }

  #newReadyPromise(): Promise<pg.Client> {
    return new Promise((resolve) => {
      this.#resolveReady = resolve;
    });
  }

  async #connect(): Promise<void> {
    if (this.#closed) return;
    const client = new pg.Client({ connectionString: this.connectionString, keepAlive: true, application_name: "factdesk-live" });
    let failed = false;
    const onLost = (error?: unknown) => {
      if (failed) return;
      failed = true;
      if (error) this.handlers.problem(error, "live connection lost");
      client.removeAllListeners("notification");
      void client.end().catch(() => undefined);
      if (this.#client === client) {
        this.#client = null;
        this.#ready = this.#newReadyPromise();
      }
      this.#scheduleReconnect();
    };
    client.on("error", onLost);
    client.on("end", () => onLost());
    client.on("notification", (message) => this.handlers.notification(message.channel, message.payload ?? ""));
    try {
      await client.connect();
      for (const channel of this.channels) await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    } catch (error) {
      onLost(error);
      return;
    }
    if (this.#closed || failed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.#client = client;
    this.#backoffMs = BACKOFF_FIRST_MS;
    this.#resolveReady(client);
    this.handlers.connected();
  }

  #scheduleReconnect(): void {
    if (this.#closed || this.#reconnectTimer) return;
    const delay = this.#backoffMs;
    this.#backoffMs = Math.min(this.#backoffMs * 2, BACKOFF_MAX_MS);
    this.#reconnectTimer = setTimeout(() => {
      this.#reconnectTimer = null;
      void this.#connect();
    }, delay);
    this.#reconnectTimer.unref();
  }
}
