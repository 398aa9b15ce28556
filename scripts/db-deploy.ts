/**
 * `npm run db:deploy`: applies pending migrations to DATABASE_URL, and adds the demo desk when
 * FACTDESK_SEED_DEMO=1. Safe to run from several instances at once (see deploy-database.ts).
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseAppConfig } from "../lib/config/app-config";
import { deployDatabase } from "./deploy-database";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

async function main() {
  const parsed = parseAppConfig(process.env);
  if (!parsed.ok) {
    console.error(`Cannot migrate; fix these settings:\n  - ${parsed.problems.join("\n  - ")}`);
    process.exit(1);
  }
  const { config } = parsed;
  if (!config.DATABASE_URL) {
    console.error("DATABASE_URL is not set. `npm start` migrates the embedded database itself; set DATABASE_URL to migrate a PostgreSQL server.");
    process.exit(1);
  }
  const seedDemo = config.FACTDESK_SEED_DEMO ? { demoPassword: config.FACTDESK_DEMO_PASSWORD } : null;
  const { messages } = await deployDatabase({ root, databaseUrl: config.DATABASE_URL, seedDemo });
  console.log(`Database at ${new URL(config.DATABASE_URL).host} is up to date.`);
  for (const line of messages) console.log(line);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
