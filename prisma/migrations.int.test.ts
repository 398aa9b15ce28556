import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../scripts/embedded-postgres";
import { runCommand } from "../scripts/run-command";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const migrationNames = fs
  .readdirSync(path.join(root, "prisma/migrations"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

let embedded: EmbeddedPostgres | null = null;
let dropDatabase: (() => Promise<void>) | null = null;

/** A brand-new, empty database on the same kind of server the tests use. */
async function freshDatabaseUrl(): Promise<string> {
  if (inject("embeddedDatabase")) {
    embedded = await startEmbeddedPostgres({ dataDir: null, port: 0 });
    return embedded.url;
  }
  const adminUrl = inject("databaseUrl");
  const name = `factdesk_migrations_${Date.now()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  dropDatabase = async () => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.end();
  };
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

afterAll(async () => {
  await embedded?.stop();
  await dropDatabase?.();
});

describe("prisma migrate deploy on a fresh database", () => {
  it("applies every migration in prisma/migrations, including the $$ trigger body", async () => {
    const url = await freshDatabaseUrl();
    await runCommand(process.execPath, [path.join(root, "scripts/prisma-cli.mjs"), "migrate", "deploy"], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: url },
      stdio: ["ignore", "ignore", "inherit"],
    });

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const applied = await client.query<{ migration_name: string }>(`SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`);
      expect(migrationNames.length).toBeGreaterThan(1);
      expect(applied.rows.map((row) => row.migration_name)).toEqual(migrationNames);

      const tables = await client.query<{ tablename: string }>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
      expect(tables.rows.map((row) => row.tablename)).toEqual(
        expect.arrayContaining(["User", "Article", "ArticleRevision", "Annotation", "Evidence", "Comment", "ReviewDecision", "AuditEvent", "ApiToken", "SignInThrottle"]),
      );

      await client.query(`INSERT INTO "AuditEvent" ("entityType", "entityId", "action") VALUES ('test', 't1', 'create')`);
      await expect(client.query(`UPDATE "AuditEvent" SET "action" = 'edit'`)).rejects.toThrow(/append-only/);
      await expect(client.query(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/append-only/);
    } finally {
      await client.end();
    }
  });
});
