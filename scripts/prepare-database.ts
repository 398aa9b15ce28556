import fs from "node:fs";
import path from "node:path";
import { deployDatabase, type DemoSeed } from "./deploy-database";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded-postgres";

export type PreparedDatabase = { url: string; embedded: EmbeddedPostgres | null; description: string; messages: string[] };

/**
 * The database the app (or the tests) will use: `DATABASE_URL` when set, else the embedded
 * PostgreSQL with its data under `dataDir` (or in memory). Pending migrations are applied, and the
 * demo desk added when `seedDemo` is given, under a lock shared by instances starting together.
 */
export async function prepareDatabase(options: { root: string; databaseUrl?: string; dataDir: string | null; port: number; seedDemo?: DemoSeed | null }): Promise<PreparedDatabase> {
  let url = options.databaseUrl;
  let embedded: EmbeddedPostgres | null = null;
  let description: string;
  if (url) {
    description = `PostgreSQL at ${new URL(url).host} (DATABASE_URL)`;
  } else {
    embedded = await startEmbeddedPostgres({ dataDir: options.dataDir, port: options.port });
    url = embedded.url;
    const where = (file: string) => path.relative(options.root, file) || ".";
    description = `embedded PostgreSQL (PGlite) on 127.0.0.1:${embedded.port}, data in ${options.dataDir ? where(options.dataDir) : "memory"}`;
    if (embedded.passwordFile) description += `, user postgres, password in ${where(embedded.passwordFile)}`;
  }
  const { messages } = await deployDatabase({ root: options.root, databaseUrl: url, seedDemo: options.seedDemo });
  return { url, embedded, description, messages };
}

/** A stable secret for signing sessions when AUTH_SECRET is not configured (kept in the data folder). */
export function ensureAuthSecret(dataDir: string): string {
  const file = path.join(dataDir, "auth-secret");
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  fs.mkdirSync(dataDir, { recursive: true });
  const secret = Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString("base64url");
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
