import { inject } from "vitest";
import { createScratchDatabase } from "../scratch-database";

/**
 * A brand-new, empty database on the tests' PostgreSQL server (next to DATABASE_URL's), for
 * tests of what happens to a fresh install. `drop` removes it with its connections.
 */
export async function createFreshDatabase(prefix: string): Promise<{ url: string; drop: () => Promise<void> }> {
  return createScratchDatabase(inject("databaseUrl"), prefix);
}
