import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded-postgres";
import { endsProtocolCycle } from "./pglite-exclusive-queue";

let embedded: EmbeddedPostgres;
beforeAll(async () => {
  embedded = await startEmbeddedPostgres({ dataDir: null, port: 0 });
});
afterAll(async () => {
  await embedded.stop();
});

describe("embedded PostgreSQL with many connections", () => {
  it("serves 10 concurrent clients using the extended protocol and transactions", async () => {
    const pool = new pg.Pool({ connectionString: embedded.url, max: 10 });
    await pool.query("CREATE TABLE counter (id int primary key, n int not null)");
    await pool.query("INSERT INTO counter VALUES (1, 0)");
    const work = Array.from({ length: 40 }, async (_, i) => {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const { rows } = await client.query<{ n: number }>("SELECT n FROM counter WHERE id = $1", [1]);
        await client.query("UPDATE counter SET n = $1 WHERE id = $2", [rows[0].n + 1, 1]);
        await client.query("COMMIT");
        const echo = await client.query<{ v: string }>("SELECT $1::text AS v", [`client ${i}`]);
        return echo.rows[0].v;
      } finally {
        client.release();
      }
    });
    const echoes = await Promise.all(work);
    expect(echoes).toEqual(Array.from({ length: 40 }, (_, i) => `client ${i}`));
    // Transactions never interleave on the single session, so no increment is lost.
    expect((await pool.query<{ n: number }>("SELECT n FROM counter")).rows[0].n).toBe(40);
    await pool.end();
  });

  it("keeps serving after one client's query fails", async () => {
    const pool = new pg.Pool({ connectionString: embedded.url, max: 4 });
    const results = await Promise.allSettled([pool.query("SELECT * FROM no_such_table"), pool.query("SELECT 1 AS one"), pool.query("SELECT $1::int AS two", [2])]);
    expect(results[0].status).toBe("rejected");
    expect(results.slice(1).map((r) => r.status)).toEqual(["fulfilled", "fulfilled"]);
    expect((await pool.query("SELECT 3 AS three")).rows[0].three).toBe(3);
    await pool.end();
  });
});

describe("endsProtocolCycle", () => {
  it("ends at Sync, Query and the startup message", () => {
    for (const type of ["S", "Q"]) expect(endsProtocolCycle(new Uint8Array([type.charCodeAt(0), 0, 0, 0, 4]))).toBe(true);
    expect(endsProtocolCycle(new Uint8Array([0, 0, 0, 8, 0, 3, 0, 0]))).toBe(true);
    for (const type of ["P", "B", "D", "E", "H", "C", "X"]) expect(endsProtocolCycle(new Uint8Array([type.charCodeAt(0), 0, 0, 0, 4]))).toBe(false);
  });
});
