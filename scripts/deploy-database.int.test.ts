import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createFreshDatabase } from "../test/integration/fresh-database";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const migrationNames = fs
  .readdirSync(path.join(root, "prisma/migrations"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

/** `npm run db:deploy` as its own process; resolves with its exit code and output. */
function dbDeploy(env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts/db-deploy.ts")], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("exit", (code) => resolve({ code, output }));
  });
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

// The embedded PGlite serves one session to every connection, so it cannot show two processes
// waiting on each other; it is only ever used by one `npm start`.
describe.skipIf(inject("embeddedDatabase"))("npm run db:deploy started twice at once on a fresh database", () => {
  it("both succeed; each migration is applied once and the demo desk is seeded once", { timeout: 180_000 }, async () => {
    const database = await createFreshDatabase("factdesk_prod_deploy");
    cleanups.push(database.drop);
    const env = { ...process.env, DATABASE_URL: database.url, FACTDESK_SEED_DEMO: "1", FACTDESK_DEMO_PASSWORD: "concurrent-demo-password", LOG_LEVEL: "silent" };

    const results = await Promise.all([dbDeploy(env), dbDeploy(env)]);
    for (const result of results) expect(result.code, result.output).toBe(0);

    const applied = await query<{ migration_name: string; finished: boolean }>(
      database.url,
      `SELECT migration_name, finished_at IS NOT NULL AND rolled_back_at IS NULL AS finished FROM _prisma_migrations ORDER BY migration_name`,
    );
    expect(applied).toEqual(migrationNames.map((name) => ({ migration_name: name, finished: true })));
    const users = await query<{ email: string }>(database.url, `SELECT email FROM "User" ORDER BY email`);
    expect(users.map((user) => user.email)).toEqual(["admin@example.com", "editor@example.com", "reviewer@example.com"]);
    const articles = await query<{ count: string }>(database.url, `SELECT count(*) FROM "Article"`);
    expect(Number(articles[0].count)).toBe(1);
    // The seed's changes are in the event stream, typed, once (the second deploy changed nothing).
    const events = await query<{ type: string; count: string }>(database.url, `SELECT "type", count(*) FROM "AuditEvent" GROUP BY "type" ORDER BY "type"`);
    expect(Object.fromEntries(events.map((event) => [event.type, Number(event.count)]))).toEqual({
      "annotation.approved": 2,
      "annotation.created": 4,
      "annotation.submitted": 3,
      "article.created": 1,
      "user.created": 3,
    });
    const output = results.map((result) => result.output).join("\n");
    expect(output).not.toContain("concurrent-demo-password");
    expect(output).not.toContain("No admin account yet");
  });

  it("adds no demo accounts and prints no password without FACTDESK_SEED_DEMO", { timeout: 120_000 }, async () => {
    const database = await createFreshDatabase("factdesk_prod_deploy");
    cleanups.push(database.drop);
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: database.url, LOG_LEVEL: "silent" };
    delete env.FACTDESK_SEED_DEMO;
    delete env.FACTDESK_DEMO_PASSWORD;

    const result = await dbDeploy(env);
    expect(result.code, result.output).toBe(0);
    expect(result.output).not.toMatch(/password/i);
    expect(result.output).toContain("No admin account yet: create the first one with `npm run create-admin");
    expect(await query(database.url, `SELECT id FROM "User"`)).toEqual([]);
    expect(await query(database.url, `SELECT id FROM "Article"`)).toEqual([]);
  });
});
