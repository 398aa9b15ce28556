import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { ExclusiveQueryQueue } from "./pglite-exclusive-queue";

export type EmbeddedPostgres = { url: string; dataDir: string | null; port: number; stop: () => Promise<void> };

/** Enough connections for Prisma's pool, the CLI and a test runner at once. */
const MAX_CONNECTIONS = 20;

async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

async function pickPort(preferred: number): Promise<number> {
  if (preferred === 0) return 0;
  for (let port = preferred; port < preferred + 20; port += 1) {
    if (await portIsFree(port)) return port;
  }
  return 0;
}

/**
 * Starts PGlite (PostgreSQL compiled to Wasm) and serves it on a loopback port, so Prisma and
 * the migration CLI reach it like any PostgreSQL server. `dataDir: null` keeps it in memory.
 * For one person trying Factdesk out; a newsroom uses a real PostgreSQL server (DATABASE_URL).
 */
export async function startEmbeddedPostgres(options: { dataDir: string | null; port: number }): Promise<EmbeddedPostgres> {
  if (options.dataDir) fs.mkdirSync(path.dirname(options.dataDir), { recursive: true });
  const db = options.dataDir ? await PGlite.create(options.dataDir) : await PGlite.create();
  const port = await pickPort(options.port);
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port, maxConnections: MAX_CONNECTIONS });
  // See pglite-exclusive-queue.ts: the server's own queue breaks concurrent clients.
  (server as unknown as { queryQueue: ExclusiveQueryQueue }).queryQueue = new ExclusiveQueryQueue(db);
  await server.start();
  const address = server.getServerConn(); // "127.0.0.1:PORT"
  const actualPort = Number(address.split(":").pop());
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${actualPort}/postgres?sslmode=disable`,
    dataDir: options.dataDir,
    port: actualPort,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}
