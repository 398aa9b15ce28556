/**
 * `npm start`: one command from a fresh clone to a running Factdesk.
 * 1. validates the configuration and decides what to do (lib/config/start-plan.ts);
 * 2. uses DATABASE_URL, or starts the embedded PostgreSQL with its data in FACTDESK_DATA_DIR;
 * 3. applies migrations and, on the embedded database or with FACTDESK_SEED_DEMO=1, adds the
 * demo desk, under a lock shared with other instances; 4. on the embedded database only,
 * builds the app when the sources changed (a real deployment runs `npm run build` first and a
 * missing or stale build is refused); 5. serves it in production mode.
 */
import fs from "node:fs";
import path from "node:path";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { keepAliveArgs } from "../lib/cluster/keep-alive";
import { parseAppConfig } from "../lib/config/app-config";
import { planStart } from "../lib/config/start-plan";
import { buildApp } from "./build-app";
import { buildState } from "./build-stamp";
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
  const plan = planStart({ config, buildState: buildState(root) });
  if (plan.action === "refuse") {
    console.error(`Factdesk cannot start: ${plan.message}`);
    process.exit(1);
  }
  for (const warning of plan.warnings) console.warn(warning);
  const dataDir = path.resolve(root, config.FACTDESK_DATA_DIR);

  if (!fs.existsSync(path.join(root, "lib/server/db/generated/client.ts"))) {
    await runCommand(process.execPath, [path.join(root, "scripts/prisma-cli.mjs"), "generate"], { cwd: root });
  }

  const database = await prepareDatabase({
    root,
    databaseUrl: config.DATABASE_URL,
    dataDir: path.join(dataDir, "pglite"),
    port: config.FACTDESK_EMBEDDED_DB_PORT,
    seedDemo: plan.seedDemo ? { demoPassword: config.FACTDESK_DEMO_PASSWORD } : null,
  });
  const authSecret = config.AUTH_SECRET ?? ensureAuthSecret(dataDir);

  // NEXT_MANUAL_SIG_HANDLE: the app's own handler drains on SIGTERM instead of Next's.
  const childEnv = { ...process.env, DATABASE_URL: database.url, AUTH_SECRET: authSecret, NODE_ENV: "production" as const, NEXT_TELEMETRY_DISABLED: "1", NEXT_MANUAL_SIG_HANDLE: "1" };
  if (plan.build) {
    console.log("Building Factdesk (first start or changed sources; this takes a few minutes)…");
    await buildApp(root, childEnv);
  }

  const server = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(config.PORT), ...keepAliveArgs()], {
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
    for (const line of database.messages) console.log(line);
  });

  // The app drains itself on SIGTERM (lib/server/lifecycle/graceful-shutdown.ts): pass the signal
  // on, wait for it to exit (bounded), and only then stop the embedded database it still uses.
  let stopping = false;
  const forward = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    server.kill(signal);
    setTimeout(() => server.kill("SIGKILL"), config.FACTDESK_SHUTDOWN_TIMEOUT_MS + 5_000).unref();
  };
  process.on("SIGINT", () => forward("SIGINT"));
  process.on("SIGTERM", () => forward("SIGTERM"));
  server.on("exit", (code, signal) => {
    void (database.embedded?.stop() ?? Promise.resolve()).catch(() => undefined).then(() => process.exit(code ?? (signal ? 1 : 0)));
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
