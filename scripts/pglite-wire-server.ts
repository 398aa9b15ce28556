import net from "node:net";
import type { PGlite } from "@electric-sql/pglite";
import { containsCopyFromStdin } from "./copy-from-stdin";
import { ExclusiveQueryQueue } from "./pglite-exclusive-queue";
import {
  AUTH_SASL,
  AUTH_SASL_CONTINUE,
  AUTH_SASL_FINAL,
  CANCEL_REQUEST_CODE,
  GSSENC_REQUEST_CODE,
  PROTOCOL_3_0,
  SSL_REQUEST_CODE,
  authenticationMessage,
  errorResponse,
  parseSaslInitialResponse,
  readFrame,
  startupPacket,
  startupParameters,
  statementText,
  withStatementText,
  type Frame,
} from "./pg-wire-messages";
import { createScramVerifier, scramServerFinal, scramServerFirst, type ScramFirstStep, type ScramVerifier } from "./scram-sha256";

/**
 * Serves PGlite on a socket (in place of pglite-socket's server, which takes any client and lets one
 * client's COPY or malformed message kill the database for all). Every client must authenticate
 * with SCRAM-SHA-256; malformed messages and protocol violations drop that client only; COPY FROM
 * STDIN, which PGlite cannot take from a socket, is refused with an error.
 */

const SCRAM = "SCRAM-SHA-256";
/** Runs in place of a refused COPY FROM STDIN, so PGlite itself reports the error and the transaction state. */
const REFUSE_COPY_FROM_STDIN = `DO $factdesk$ BEGIN RAISE EXCEPTION USING ERRCODE = 'feature_not_supported', MESSAGE = 'COPY FROM STDIN is not supported by the embedded database', HINT = 'Use INSERT, or a real PostgreSQL server (DATABASE_URL).'; END $factdesk$`;
/** A client that has not authenticated by then is disconnected, so silent connections cannot use up the slots. */
export const AUTHENTICATION_TIMEOUT_MS = 10_000;
/** Every client gets the same session settings: one client's start-up parameters would change them for all. */
const SESSION_STARTUP = startupPacket({ user: "postgres", database: "postgres" });

type ConnectionState =
  { phase: "startup" } | { phase: "sasl-initial"; user: string } | { phase: "sasl-final"; user: string; scram: ScramFirstStep["state"] } | { phase: "ready" } | { phase: "closed" };

class WireConnection {
  private state: ConnectionState = { phase: "startup" };
  private buffer: Buffer = Buffer.alloc(0);
  private work: Promise<void> = Promise.resolve();

  constructor(
    readonly id: number,
    private readonly socket: net.Socket,
    private readonly queue: ExclusiveQueryQueue,
    private readonly verifier: ScramVerifier,
  ) {
    socket.setNoDelay(true);
    const authenticationTimer = setTimeout(() => {
      if (this.state.phase !== "ready") this.fail("08P01", "authentication timed out");
    }, AUTHENTICATION_TIMEOUT_MS);
    authenticationTimer.unref();
    socket.on("data", (chunk: Buffer) => {
      this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
      this.work = this.work.then(() => this.drain()).catch(() => void this.socket.destroy());
    });
    socket.on("error", () => undefined);
    socket.on("close", () => {
      clearTimeout(authenticationTimer);
      this.state = { phase: "closed" };
      void this.queue.release(this.id);
    });
  }

  close(): void {
    this.socket.destroy();
  }

  /** Ends the connection with a FATAL error the client can show. */
  terminate(code: string, message: string): void {
    this.fail(code, message);
  }

  private async drain(): Promise<void> {
    while (this.state.phase !== "closed") {
      const result = readFrame(this.buffer, this.state.phase === "startup" ? "startup" : "typed");
      if ("incomplete" in result) return;
      if ("malformed" in result) return this.fail("08P01", result.malformed);
      this.buffer = result.rest;
      await this.handle(result.frame);
    }
  }

  private async handle(frame: Frame): Promise<void> {
    const state = this.state;
    if (frame.kind === "startup") return this.handleStartup(frame.code, frame.body);
    if (state.phase === "sasl-initial" || state.phase === "sasl-final") return this.handleAuthentication(state, frame);
    if (state.phase !== "ready") return;
    switch (frame.type) {
      case "X":
        this.state = { phase: "closed" };
        this.socket.end();
        return;
      case "p":
        return this.fail("08P01", "unexpected authentication message");
      case "d":
      case "c":
      case "f":
        return; // COPY data outside a COPY (which is refused): ignored, as PostgreSQL does
      default: {
        const sql = statementText(frame);
        const message = sql !== null && containsCopyFromStdin(sql) ? withStatementText(frame, REFUSE_COPY_FROM_STDIN) : frame.bytes;
        await this.queue.enqueue(this.id, message, (data) => this.write(data));
      }
    }
  }

  private handleStartup(code: number, body: Buffer): void {
    if (code === SSL_REQUEST_CODE || code === GSSENC_REQUEST_CODE) return this.write(Buffer.from("N"));
    if (code === CANCEL_REQUEST_CODE) return this.close(); // no separate backend to cancel
    if (code !== PROTOCOL_3_0) return this.fail("0A000", `unsupported frontend protocol ${code >>> 16}.${code & 0xffff}`);
    const user = startupParameters(body).get("user") ?? "";
    this.state = { phase: "sasl-initial", user };
    this.write(authenticationMessage(AUTH_SASL, Buffer.from(`${SCRAM}\0\0`)));
  }

  private async handleAuthentication(state: Extract<ConnectionState, { phase: "sasl-initial" | "sasl-final" }>, frame: Extract<Frame, { kind: "message" }>): Promise<void> {
    const refuse = () => this.fail("28P01", `password authentication failed for user "${state.user}"`);
    if (frame.type !== "p") return refuse();
    if (state.phase === "sasl-initial") {
      const initial = parseSaslInitialResponse(frame.body);
      const first = initial?.mechanism === SCRAM ? scramServerFirst(this.verifier, initial.data) : null;
      if (!first) return refuse();
      this.state = { phase: "sasl-final", user: state.user, scram: first.state };
      return this.write(authenticationMessage(AUTH_SASL_CONTINUE, Buffer.from(first.serverFirst)));
    }
    const serverFinal = scramServerFinal(this.verifier, state.scram, frame.body.toString());
    if (!serverFinal) return refuse();
    this.write(authenticationMessage(AUTH_SASL_FINAL, Buffer.from(serverFinal)));
    this.state = { phase: "ready" };
    // PGlite answers with AuthenticationOk, the session's parameters and ReadyForQuery.
    await this.queue.enqueue(this.id, SESSION_STARTUP, (data) => this.write(data));
  }

  private fail(code: string, message: string): void {
    if (this.state.phase === "closed") return;
    this.write(errorResponse("FATAL", code, message));
    this.state = { phase: "closed" };
    this.socket.end(() => this.socket.destroy());
  }

  private write(data: Uint8Array): void {
    if (data.length > 0 && this.socket.writable) this.socket.write(data);
  }
}

/** `holdTimeoutMs`: how long one client may keep the session idle (in a transaction) while others wait; 0 = no limit. */
export type WireServerOptions = { db: PGlite; password: string; maxConnections: number; holdTimeoutMs: number };

export class PGliteWireServer {
  private readonly queue: ExclusiveQueryQueue;
  private readonly verifier: ScramVerifier;
  private readonly connections = new Map<number, WireConnection>();
  private readonly server: net.Server;
  private nextId = 1;

  constructor(private readonly options: WireServerOptions) {
    this.queue = new ExclusiveQueryQueue(options.db, {
      timeoutMs: options.holdTimeoutMs,
      onTimeout: (id) => this.connections.get(id)?.terminate("25P03", "terminating connection due to idle-in-transaction timeout (other clients were waiting)"),
    });
    this.verifier = createScramVerifier(options.password);
    this.server = net.createServer((socket) => this.accept(socket));
  }

  /** Listens on `host:port` (0 = any free port) and returns the port. */
  async listen(host: string, port: number): Promise<number> {
    await this.options.db.waitReady;
    await new Promise<void>((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(port, host, () => resolve());
    });
    return (this.server.address() as net.AddressInfo).port;
  }

  async stop(): Promise<void> {
    this.queue.close();
    for (const connection of this.connections.values()) connection.close();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(socket: net.Socket): void {
    if (this.connections.size >= this.options.maxConnections) {
      socket.on("error", () => undefined);
      socket.end(errorResponse("FATAL", "53300", "sorry, too many clients already"));
      return;
    }
    const connection = new WireConnection(this.nextId++, socket, this.queue, this.verifier);
    this.connections.set(connection.id, connection);
    socket.on("close", () => this.connections.delete(connection.id));
  }
}
