/**
 * `npm start`: one command from a fresh clone to a running Factdesk.
 * 1. validates the configuration; 2. uses DATABASE_URL, or starts the embedded PostgreSQL with
 * its data in FACTDESK_DATA_DIR; 3. applies migrations; 4. seeds the demo accounts and the
 * sample article on first start; 5. builds the app when the sources changed; 6. serves it.
 */
import fs from "node:fs";
import path from "node:path";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parseAppConfig } from "../lib/config/app-config";
import { buildIsCurrent, writeBuildStamp } from "./build-stamp";
import { ensureAuthSecret, prepareDatabase } from "./prepare-database";
import { runCommand } from "./run-command";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
process.env.NEXT_TELEMETRY_DISABLED = "1";

async function main() {
  const parsed = parseAppConfig(process.env);
  if (!parsed.ok) {
    console.error(`Factdesk cannot start; fix these settings:\n  - ${parsed.problems.join("\n  - ")}`);
    process.exit(1);
  }
  const config = parsed.config;
  const dataDir = path.resolve(root, config.FACTDESK_DATA_DIR);

  if (!fs.existsSync(path.join(root, "lib/server/db/generated/client.ts"))) {
    await runCommand(process.execPath, [path.join(root, "scripts/prisma-cli.mjs"), "generate"], { cwd: root });
  }

  const database = await prepareDatabase({
    root,
    databaseUrl: config.DATABASE_URL,
    dataDir: path.join(dataDir, "pglite"),
    port: config.FACTDESK_EMBEDDED_DB_PORT,
  });
  if (config.DATABASE_URL && !config.AUTH_SECRET) {
    console.warn("Warning: AUTH_SECRET is not set; using a secret stored in the data folder. Set AUTH_SECRET when running more than one instance.");
  }
  const authSecret = config.AUTH_SECRET ?? ensureAuthSecret(dataDir);

  const { seedDemoData } = await import("../prisma/seed-demo-data");
  const seed = await seedDemoData(database.url, { demoPassword: config.FACTDESK_DEMO_PASSWORD });

  const childEnv = { ...process.env, DATABASE_URL: database.url, AUTH_SECRET: authSecret, NEXT_TELEMETRY_DISABLED: "1" };
  if (!buildIsCurrent(root)) {
    console.log("Building Factdesk (first start or changed sources; this takes a few minutes)…");
    await runCommand(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], { cwd: root, env: childEnv });
    writeBuildStamp(root);
  }

  const server = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(config.PORT)], {
    cwd: root,
    env: childEnv,
    stdio: ["ignore", "pipe", "inherit"],
  });
  let announced = false;
  server.stdout?.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    if (announced || !chunk.toString().includes("Ready")) return;
    announced = true;
    console.log(`\nFactdesk is running at http://localhost:${config.PORT}`);
    console.log(`Database: ${database.description}`);
    for (const line of seed.messages) console.log(line);
  });

  const stop = async (code: number) => {
    server.kill("SIGTERM");
    await database.embedded?.stop().catch(() => undefined);
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  server.on("exit", (code) => void stop(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
