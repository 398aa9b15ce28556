/**
 * The driver adapter Prisma 6.19.3's Wasm schema engine uses for `migrate deploy|dev|diff`.
 *
 * `@prisma/adapter-pg` 6.19.3 is the official adapter, but three of its faults break migrations;
 * this module works around each one and nothing else:
 *
 * 1. Catalog columns of type `name` (OID 19) and `"char"` (OID 18) — and their arrays (1003,
 *    1002) — are rejected as "UnsupportedNativeDataType". The schema engine reads them when it
 *    introspects `pg_catalog`, so we report them as text / text arrays.
 * 2. `executeScript` splits a script on every `;`, which cuts `$$ … $$` function bodies
 *    (our audit trigger) into pieces. PostgreSQL's simple-query protocol runs a multi-statement
 *    script as sent, so we send it whole.
 * 3. The shadow database (`migrate dev`) is dropped while its own pool still holds connections,
 *    which fails ("database is being accessed by other users"). We close the pool first.
 *
 * Pools are created with `allowExitOnIdle` so the CLI exits as soon as it is done instead of
 * lingering on idle timers.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

/** OIDs that adapter-pg 6.19.3 rejects, mapped to the type we report instead. */
export const CATALOG_TYPE_REMAP: Readonly<Record<number, number>> = {
  18: 25, // "char" -> text
  19: 25, // name -> text
  1002: 1009, // "char"[] -> text[]
  1003: 1009, // name[] -> text[]
};

const TEXT_ARRAY_OID = 1009;
const parseTextArray = pg.types.getTypeParser(TEXT_ARRAY_OID as Parameters<typeof pg.types.getTypeParser>[0], "text") as (value: string) => string[];

type PgField = { dataTypeID: number };
type PgResult = { fields: PgField[]; rows: unknown[][] };
type PerformIO = (query: unknown) => Promise<PgResult>;
type Queryable = { performIO: PerformIO; startTransaction?: (...args: unknown[]) => Promise<unknown> };

/** Rewrites the result of one query so catalog types read as text (fault 1). */
export function remapCatalogTypes(result: PgResult): PgResult {
  result.fields.forEach((field, column) => {
    const replacement = CATALOG_TYPE_REMAP[field.dataTypeID];
    if (replacement === undefined) return;
    field.dataTypeID = replacement;
    if (replacement !== TEXT_ARRAY_OID) return;
    // pg has no parser for name[]/"char"[], so their values arrive as literals like {a,b}.
    for (const row of result.rows) {
      const value = row[column];
      if (typeof value === "string") row[column] = parseTextArray(value);
    }
  });
  return result;
}

function patchQueryable<T extends object>(target: T): T {
  const queryable = target as unknown as Queryable;
  const performIO = queryable.performIO.bind(queryable);
  queryable.performIO = async (query) => {
    const result = await performIO(query);
    // A multi-statement script (simple protocol) yields one result per statement.
    if (Array.isArray(result)) return result.map(remapCatalogTypes) as unknown as PgResult;
    return remapCatalogTypes(result);
  };
  if (queryable.startTransaction) {
    const startTransaction = queryable.startTransaction.bind(queryable);
    queryable.startTransaction = async (...args) => patchQueryable((await startTransaction(...args)) as object);
  }
  return target;
}

function patchScripts<T extends { executeScript(script: string): Promise<void> }>(adapter: T, pool: pg.Pool): T {
  adapter.executeScript = async (script: string) => {
    try {
      await pool.query(script); // fault 2: the whole script in one simple-protocol query
    } catch (error) {
      (adapter as unknown as { onError(error: unknown): never }).onError(error);
    }
  };
  return adapter;
}

/** Builds the adapter factory `prisma.config.ts` hands to the schema engine. */
export function createMigrationAdapterFactory(connectionString: string) {
  const poolConfig: pg.PoolConfig = { connectionString, allowExitOnIdle: true, idleTimeoutMillis: 1_000 };
  const factory = new PrismaPg(poolConfig);

  return Object.assign(factory, {
    async connect() {
      const pool = new pg.Pool(poolConfig);
      const adapter = await new PrismaPg(pool, { disposeExternalPool: true }).connect();
      return patchScripts(patchQueryable(adapter), pool);
    },
    async connectToShadowDb() {
      const main = await factory.connect();
      const database = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID()}`;
      await main.executeScript(`CREATE DATABASE "${database}"`);
      const shadowUrl = new URL(connectionString);
      shadowUrl.pathname = `/${database}`;
      const pool = new pg.Pool({ ...poolConfig, connectionString: shadowUrl.toString() });
      const shadow = await new PrismaPg(pool).connect();
      patchScripts(patchQueryable(shadow), pool);
      shadow.dispose = async () => {
        await pool.end(); // fault 3: close the shadow pool before dropping its database
        await main.executeScript(`DROP DATABASE IF EXISTS "${database}"`);
        await main.dispose();
      };
      return shadow;
    },
  });
}
