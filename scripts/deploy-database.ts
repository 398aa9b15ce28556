import path from "node:path";
import { withAdvisoryLock } from "./advisory-lock";
import { runCommand } from "./run-command";

/** Factdesk's own lock key ("fdeploy" in ASCII); Prisma's migrate uses a different one. */
const DEPLOY_LOCK_KEY = 0x66_64_65_70_6c_6f_79n;

export type DemoSeed = { demoPassword?: string };

/**
 * Brings a database up to date: applies pending migrations (`prisma migrate deploy`), then, when
 * `seedDemo` is given, adds what is missing of the demo desk. Both run under one advisory lock,
 * so instances starting together against one database apply each migration once and never
 * seed twice. Returns messages for the person starting the app: the seed's, or how to create
 * the first admin when there is none.
 */
export async function deployDatabase(options: { root: string; databaseUrl: string; seedDemo?: DemoSeed | null }): Promise<{ messages: string[] }> {
  const { root, databaseUrl, seedDemo } = options;
  return withAdvisoryLock(
    databaseUrl,
    DEPLOY_LOCK_KEY,
    async (client) => {
      await runCommand(process.execPath, [path.join(root, "scripts/prisma-cli.mjs"), "migrate", "deploy"], {
        cwd: root,
        env: { ...process.env, DATABASE_URL: databaseUrl },
        stdio: ["ignore", "ignore", "inherit"],
      });
      const messages: string[] = [];
      if (seedDemo) {
        // Imported here: the generated Prisma client it needs may only exist once `npm start` has run `prisma generate`.
        const { seedDemoData } = await import("../prisma/seed-demo-data");
        messages.push(...(await seedDemoData(databaseUrl, seedDemo)).messages);
      }
      const admins = await client.query(`SELECT 1 FROM "User" WHERE "role" = 'admin' AND "active" LIMIT 1`);
      if (admins.rowCount === 0) messages.push("No admin account yet: create the first one with `npm run create-admin -- --email you@newsroom.example`.");
      return { messages };
    },
    () => console.log("Another Factdesk instance is migrating this database; waiting for it…"),
  );
}
