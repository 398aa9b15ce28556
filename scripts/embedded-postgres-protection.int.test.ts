import { spawn } from "node:child_process";
import net from "node:net";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "../lib/db/create-prisma-client";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded-postgres";
import { AUTHENTICATION_TIMEOUT_MS } from "./pglite-wire-server";

/**
 * What outside testing found: the embedded database took any client without a password, and one
 * COPY FROM STDIN or malformed message wedged it for everyone until a restart.
 */
const HOLD_TIMEOUT_MS = 3_000;
let embedded: EmbeddedPostgres;
beforeAll(async () => {
  embedded = await startEmbeddedPostgres({ dataDir: null, port: 0, holdTimeoutMs: HOLD_TIMEOUT_MS });
  const setup = new pg.Client({ connectionString: embedded.url });
  await setup.connect();
  await setup.query("CREATE TABLE item (id int primary key)");
  await setup.end();
});
afterAll(async () => {
  await embedded.stop();
});

function urlWithPassword(password: string | null): string {
  const url = new URL(embedded.url);
  url.password = password ?? "";
  return url.toString();
}

function psql(url: string, args: string[], input = ""): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn("/usr/bin/psql", [url, "-X", "-w", "-v", "ON_ERROR_STOP=1", ...args], { env: { ...process.env, PGCONNECT_TIMEOUT: "5" } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
    child.on("close", (code: number | null) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(input);
  });
}

function startupMessage(user: string): Buffer {
  const params = Buffer.from(`user\0${user}\0database\0postgres\0\0`);
  const message = Buffer.alloc(8 + params.length);
  message.writeInt32BE(message.length, 0);
  message.writeInt32BE(196608, 4);
  params.copy(message, 8);
  return message;
}

function typedMessage(type: string, body: Buffer): Buffer {
  const message = Buffer.alloc(5 + body.length);
  message.write(type, 0, "latin1");
  message.writeInt32BE(4 + body.length, 1);
  body.copy(message, 5);
  return message;
}

/** Sends raw bytes on a fresh connection and collects everything until the server closes it (or `waitMs` pass). */
function rawExchange(send: (socket: net.Socket, received: () => Buffer) => void, waitMs = 5_000): Promise<{ received: Buffer; closedByServer: boolean }> {
  return new Promise((resolve) => {
    const socket = net.connect(embedded.port, "127.0.0.1");
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ received: Buffer.concat(chunks), closedByServer: false });
    }, waitMs);
    socket.on("data", (chunk) => chunks.push(chunk));
    socket.on("error", () => undefined);
    socket.on("close", () => {
      clearTimeout(timer);
      resolve({ received: Buffer.concat(chunks), closedByServer: true });
    });
    socket.on("connect", () => send(socket, () => Buffer.concat(chunks)));
  });
}

/** The SQLSTATE of the first ErrorResponse in `bytes`, if any. */
function errorCode(bytes: Buffer): string | null {
  for (let at = 0; at + 5 <= bytes.length; at += 1 + bytes.readInt32BE(at + 1)) {
    if (bytes[at] !== 0x45) continue;
    const fields = bytes
      .subarray(at + 5, at + 1 + bytes.readInt32BE(at + 1))
      .toString()
      .split("\0");
    return fields.find((field) => field.startsWith("C"))?.slice(1) ?? null;
  }
  return null;
}

async function expectDatabaseServesApp(): Promise<void> {
  const pool = new pg.Pool({ connectionString: embedded.url, max: 3 });
  const results = await Promise.all([1, 2, 3].map((n) => pool.query<{ n: number }>("SELECT $1::int AS n", [n])));
  expect(results.map((result) => result.rows[0].n)).toEqual([1, 2, 3]);
  await pool.end();
  const prisma = createPrismaClient(embedded.url, { maxConnections: 2 });
  try {
    const rows = await prisma.$transaction(async (tx) => {
      await tx.$executeRaw`INSERT INTO item (id) VALUES (${Math.floor(Math.random() * 1e9)})`;
      return tx.$queryRaw<{ ok: number }[]>`SELECT 1 AS ok`;
    });
    expect(rows).toEqual([{ ok: 1 }]);
  } finally {
    await prisma.$disconnect();
  }
}

describe("embedded PostgreSQL: password", () => {
  it("hands out a URL with a generated password", () => {
    const password = new URL(embedded.url).password;
    expect(password).not.toBe("postgres");
    expect(password.length).toBeGreaterThanOrEqual(24);
  });

  it("refuses psql with a wrong password (28P01) and accepts the right one", async () => {
    const wrong = await psql(urlWithPassword("postgres"), ["-c", "SELECT 1"]);
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toContain('password authentication failed for user "postgres"');
    const right = await psql(embedded.url, ["-t", "-A", "-c", "SELECT 40 + 2"]);
    expect(right).toMatchObject({ code: 0, stdout: "42\n" });
  });

  it("refuses pg with a wrong password", async () => {
    const client = new pg.Client({ connectionString: urlWithPassword("not-the-password") });
    await expect(client.connect()).rejects.toMatchObject({ code: "28P01" });
  });

  it("asks a raw client for SCRAM-SHA-256, and refuses and disconnects one that skips it", async () => {
    const { received, closedByServer } = await rawExchange((socket, soFar) => {
      socket.write(startupMessage("postgres"));
      const wait = setInterval(() => {
        if (soFar().length === 0) return;
        clearInterval(wait);
        socket.write(typedMessage("Q", Buffer.from("SELECT 1\0")));
      }, 20);
    });
    expect(String.fromCharCode(received[0])).toBe("R");
    expect(received.readInt32BE(5)).toBe(10); // AuthenticationSASL, not AuthenticationOk
    expect(received.subarray(9).toString()).toContain("SCRAM-SHA-256");
    expect(errorCode(received)).toBe("28P01");
    expect(closedByServer).toBe(true);
    await expectDatabaseServesApp();
  });
});

describe("embedded PostgreSQL: one client cannot wedge the others", () => {
  it("disconnects a client that does not authenticate in time", async () => {
    const started = Date.now();
    const { closedByServer } = await rawExchange((socket) => socket.write(startupMessage("postgres")), 15_000);
    expect(closedByServer).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(AUTHENTICATION_TIMEOUT_MS - 500);
  });

  it("refuses psql's \\copy from stdin with an error, and keeps serving", async () => {
    const result = await psql(embedded.url, ["-c", "\\copy item from stdin"], "1\n2\n\\.\n");
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("COPY FROM STDIN is not supported");
    await expectDatabaseServesApp();
  });

  it("refuses COPY FROM STDIN hidden after another statement, and through the extended protocol", async () => {
    const client = new pg.Client({ connectionString: embedded.url });
    await client.connect();
    await expect(client.query("SELECT 1; /* load */ copy item (id) FROM stdin WITH (FORMAT csv)")).rejects.toMatchObject({ code: "0A000" });
    await expect(client.query({ name: "load", text: "COPY item FROM STDIN" })).rejects.toMatchObject({ code: "0A000" });
    expect((await client.query("SELECT 'still here' AS v")).rows[0].v).toBe("still here");
    await client.end();
    await expectDatabaseServesApp();
  });

  it("still serves COPY TO STDOUT", async () => {
    const result = await psql(embedded.url, ["-c", "COPY (SELECT 7 AS n) TO STDOUT"]);
    expect(result).toMatchObject({ code: 0, stdout: "7\n" });
  });

  it("drops a client that sends an unknown message type or a bad length, and keeps serving", async () => {
    for (const malformed of [typedMessage("z", Buffer.alloc(0)), Buffer.from([0x51, 0, 0, 0, 2]), Buffer.from([0x51, 0x7f, 0xff, 0xff, 0xff])]) {
      const client = new pg.Client({ connectionString: embedded.url });
      client.on("error", () => undefined);
      await client.connect();
      const closed = new Promise<void>((resolve) => (client as unknown as { connection: { stream: net.Socket } }).connection.stream.on("close", () => resolve()));
      (client as unknown as { connection: { stream: net.Socket } }).connection.stream.write(malformed);
      await closed;
      await expectDatabaseServesApp();
    }
  });

  it("rolls back the transaction of a client that disconnects inside it", async () => {
    const leaving = new pg.Client({ connectionString: embedded.url });
    leaving.on("error", () => undefined);
    await leaving.connect();
    await leaving.query("BEGIN");
    await leaving.query("INSERT INTO item (id) VALUES (-1)");
    await expect(leaving.query("SELECT * FROM no_such_table")).rejects.toThrow();
    (leaving as unknown as { connection: { stream: net.Socket } }).connection.stream.destroy();
    // Another leaves in the middle of an extended-protocol cycle that failed (no Sync yet).
    const midCycle = new pg.Client({ connectionString: embedded.url });
    midCycle.on("error", () => undefined);
    await midCycle.connect();
    await midCycle.query("BEGIN");
    await midCycle.query("INSERT INTO item (id) VALUES (-1)");
    const stream = (midCycle as unknown as { connection: { stream: net.Socket } }).connection.stream;
    stream.write(typedMessage("P", Buffer.from("\0SELEC broken\0\0\0")));
    await new Promise((resolve) => setTimeout(resolve, 200));
    stream.destroy();
    const other = new pg.Client({ connectionString: embedded.url });
    await other.connect();
    expect((await other.query("SELECT count(*)::int AS n FROM item WHERE id = -1")).rows[0].n).toBe(0);
    await other.end();
    await expectDatabaseServesApp();
  });

  it("disconnects a client that keeps the session idle in a transaction while others wait", async () => {
    const holder = new pg.Client({ connectionString: embedded.url });
    const holderError = new Promise<Error & { code?: string }>((resolve) => holder.on("error", resolve));
    await holder.connect();
    await holder.query("BEGIN");
    await holder.query("INSERT INTO item (id) VALUES (-2)");
    const started = Date.now();
    const other = new pg.Client({ connectionString: embedded.url });
    await other.connect();
    expect((await other.query("SELECT count(*)::int AS n FROM item WHERE id = -2")).rows[0].n).toBe(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(HOLD_TIMEOUT_MS - 500);
    expect(await holderError).toMatchObject({ code: "25P03" });
    await other.end();
  });
});
