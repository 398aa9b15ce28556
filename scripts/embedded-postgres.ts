import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGliteWireServer } from "./pglite-wire-server";

/** `passwordFile` is null for an in-memory database, whose password lives only in `url`. */
export type EmbeddedPostgres = { url: string; dataDir: string | null; passwordFile: string | null; port: number; stop: () => Promise<void> };

/** Enough connections for Prisma's pool, the CLI and a test runner at once. */
const MAX_CONNECTIONS = 20;
/** A client idle inside a transaction holds up every other; after this long it is disconnected. */
const HOLD_TIMEOUT_MS = 30_000;

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

function generatePassword(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(24))).toString("base64url");
}

/**
 * The password every client of the embedded database must give, kept in `file` (mode 0600) and
 * generated on first use, including for data folders from before there was one.
 */
export function ensureEmbeddedDatabasePassword(file: string): string {
  if (fs.existsSync(file)) {
    fs.chmodSync(file, 0o600);
    const password = fs.readFileSync(file, "utf8").trim();
    if (password) return password;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const password = generatePassword();
  fs.writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

/**
 * Starts PGlite (PostgreSQL compiled to Wasm) and serves it on a loopback port, so Prisma and
 * the migration CLI reach it like any PostgreSQL server, with the password in the returned URL.
 * `dataDir: null` keeps it in memory, with a new random password each run.
 * For one person trying Factdesk out; a newsroom uses a real PostgreSQL server (DATABASE_URL).
 */
export async function startEmbeddedPostgres(options: { dataDir: string | null; port: number; passwordFile?: string; holdTimeoutMs?: number }): Promise<EmbeddedPostgres> {
  if (options.dataDir) fs.mkdirSync(path.dirname(options.dataDir), { recursive: true });
  // Beside the data folder: <FACTDESK_DATA_DIR>/db-password next to <FACTDESK_DATA_DIR>/pglite.
  const passwordFile = options.passwordFile ?? (options.dataDir ? path.join(path.dirname(options.dataDir), "db-password") : null);
  const password = passwordFile ? ensureEmbeddedDatabasePassword(passwordFile) : generatePassword();
  // pg_trgm: the search index and claim matching use trigram similarity (see prisma/migrations).
  const extensions = { pg_trgm };
  const db = options.dataDir ? await PGlite.create(options.dataDir, { extensions }) : await PGlite.create({ extensions });
  const server = new PGliteWireServer({ db, password, maxConnections: MAX_CONNECTIONS, holdTimeoutMs: options.holdTimeoutMs ?? HOLD_TIMEOUT_MS });
  const actualPort = await server.listen("127.0.0.1", await pickPort(options.port));
  return {
    url: `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${actualPort}/postgres?sslmode=disable`,
    dataDir: options.dataDir,
    passwordFile,
    port: actualPort,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}
