import pg from "pg";

/**
 * Runs `work` while holding a PostgreSQL session advisory lock, so processes doing the same
 * work against one database (several instances starting together) take turns. The lock is
 * held on a connection of its own and released when `work` ends, or by the server if this
 * process dies. `work` may query on that connection. `onWait` is called once if another process
 * holds the lock.
 */
export async function withAdvisoryLock<T>(databaseUrl: string, key: bigint, work: (client: pg.Client) => Promise<T>, onWait?: () => void): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const attempt = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1::bigint) AS locked", [key.toString()]);
    if (!attempt.rows[0].locked) {
      onWait?.();
      await client.query("SELECT pg_advisory_lock($1::bigint)", [key.toString()]);
    }
    try {
      return await work(client);
    } finally {
      await client.query("SELECT pg_advisory_unlock($1::bigint)", [key.toString()]);
    }
  } finally {
    await client.end();
  }
}
