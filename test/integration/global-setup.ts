import path from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
import { prepareDatabase, type PreparedDatabase } from "../../scripts/prepare-database";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
let database: PreparedDatabase | undefined;

/**
 * Integration tests run against a real PostgreSQL: DATABASE_URL when set (CI: the machine's
 * PostgreSQL), else an in-memory embedded one. Migrations are applied first.
 */
export async function setup(project: TestProject) {
  database = await prepareDatabase({ root, databaseUrl: process.env.DATABASE_URL, dataDir: null, port: 0 });
  project.provide("databaseUrl", database.url);
  project.provide("embeddedDatabase", database.embedded !== null);
}

export async function teardown() {
  await database?.embedded?.stop();
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    embeddedDatabase: boolean;
  }
}
