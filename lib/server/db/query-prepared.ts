import "server-only";
import { createHash } from "node:crypto";
import type pg from "pg";
import type { Prisma } from "./generated/client";
import { databasePool, db } from "./prisma";

/** `duplicate_prepared_statement`: the server shares one session between connections. */
const DUPLICATE_PREPARED_STATEMENT = "42P05";

/**
 * Whether the server keeps prepared statements per connection. The embedded database (PGlite
 * behind scripts/pglite-wire-server.ts) serves every connection from its one session, where a
 * second connection preparing the same name is refused: there statements run unnamed.
 */
let namedStatementsWork = true;

/**
 * Runs `sql` on the app's pool as a named prepared statement (named by a hash of its text), and
 * returns its rows as `pg` reads them. PostgreSQL parses and plans the statement once per
 * connection and, after a few runs, keeps a generic plan instead of planning it again on every
 * call: for a large read query run often (the desk search) that was a third of its time. Only for
 * SQL whose text is fixed and whose varying parts are all parameters (`Prisma.sql` values), or
 * each connection would keep an unbounded set of statements. `timestamp` columns come back in
 * local time: select them `AT TIME ZONE 'UTC'`.
 */
export async function queryPrepared<Row extends pg.QueryResultRow>(sql: Prisma.Sql): Promise<Row[]> {
  db(); // opens the pool on first use
  const pool = databasePool();
  if (!pool) throw new Error("the database pool is not open");
  if (namedStatementsWork) {
    const name = `fd_${createHash("sha1").update(sql.text).digest("hex").slice(0, 32)}`;
    try {
      return (await pool.query<Row>({ name, text: sql.text, values: sql.values })).rows;
    } catch (error) {
      if ((error as { code?: string }).code !== DUPLICATE_PREPARED_STATEMENT) throw error;
      namedStatementsWork = false;
    }
  }
  return (await pool.query<Row>({ text: sql.text, values: sql.values })).rows;
}
