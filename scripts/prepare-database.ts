import fs from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded-postgres";
import { runCommand } from "./run-command";

export type PreparedDatabase = { url: string; embedded: EmbeddedPostgres | null; description: string };

/**
 * The database the app (or the tests) will use: `DATABASE_URL` when set, else the embedded
 * PostgreSQL with its data under `dataDir` (or in memory). Pending migrations are applied.
 */
export async function prepareDatabase(options: { root: string; databaseUrl?: string; dataDir: string | null; port: number }): Promise<PreparedDatabase> {
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
  await runCommand(process.execPath, [path.join(options.root, "scripts/prisma-cli.mjs"), "migrate", "deploy"], {
    cwd: options.root,
    env: { ...process.env, DATABASE_URL: url },
    stdio: ["ignore", "ignore", "inherit"],
  });
  return { url, embedded, description };
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
