#!/usr/bin/env node
// Runs the Prisma CLI the way this project needs it offline (see prisma/migration-adapter.ts):
// - preloads prisma/cli-exit-on-idle.cjs so the CLI exits when its work is done;
// - `prisma generate` reads no database, but the schema's datasource needs a URL to parse,
//   so a placeholder is supplied when DATABASE_URL is unset.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const env = { ...process.env, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" };
env.NODE_OPTIONS = [env.NODE_OPTIONS, `--require ${path.join(root, "prisma/cli-exit-on-idle.cjs")}`].filter(Boolean).join(" ");
if (!env.DATABASE_URL && args[0] === "generate") env.DATABASE_URL = "postgresql://placeholder@localhost/placeholder";

const result = spawnSync(process.execPath, [path.join(root, "node_modules/prisma/build/index.js"), ...args], {
  cwd: root,
  env,
  stdio: "inherit",
});
process.exit(result.status ?? 1);
