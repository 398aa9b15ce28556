import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "./embedded-postgres";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-embedded-"));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

async function count(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ n: number }>("SELECT count(*)::int AS n FROM kept")).rows[0].n;
  } finally {
    await client.end();
  }
}

describe("embedded PostgreSQL password file", () => {
  it("is generated beside the data folder (mode 0600), kept across restarts, and made for data folders from before", async () => {
    const dataDir = path.join(root, "pglite");
    const passwordFile = path.join(root, "db-password");

    const first = await startEmbeddedPostgres({ dataDir, port: 0 });
    const password = fs.readFileSync(passwordFile, "utf8").trim();
    expect(first.passwordFile).toBe(passwordFile);
    expect(fs.statSync(passwordFile).mode & 0o777).toBe(0o600);
    expect(new URL(first.url).password).toBe(password);
    const client = new pg.Client({ connectionString: first.url });
    await client.connect();
    await client.query("CREATE TABLE kept (id int); INSERT INTO kept VALUES (1)");
    await client.end();
    await first.stop();

    const again = await startEmbeddedPostgres({ dataDir, port: 0 });
    expect(new URL(again.url).password).toBe(password);
    expect(await count(again.url)).toBe(1);
    await again.stop();

    // A data folder from before passwords: no password file yet.
    fs.rmSync(passwordFile);
    const upgraded = await startEmbeddedPostgres({ dataDir, port: 0 });
    const generated = fs.readFileSync(passwordFile, "utf8").trim();
    expect(generated).not.toBe(password);
    expect(new URL(upgraded.url).password).toBe(generated);
    expect(await count(upgraded.url)).toBe(1);
    const stale = new URL(upgraded.url);
    stale.password = password;
    await expect(count(stale.toString())).rejects.toMatchObject({ code: "28P01" });
    await upgraded.stop();
  });

  it("gives an in-memory database a new random password each run", async () => {
    const [a, b] = [await startEmbeddedPostgres({ dataDir: null, port: 0 }), await startEmbeddedPostgres({ dataDir: null, port: 0 })];
    expect(a.passwordFile).toBeNull();
    expect(new URL(a.url).password).not.toBe(new URL(b.url).password);
    await Promise.all([a.stop(), b.stop()]);
  });
});
