/**
 * `npm test`: every test, then one summary line `N passed, N failed`.
 * 0. lint: ESLint and Prettier's check (one entry of the summary; a failure is reported, and the
 *    tests still run);
 * 1. a database: DATABASE_URL when set, else an in-memory embedded PostgreSQL; migrations applied;
 * 2. Vitest (unit + integration against that database);
 * 3. the app built once (as `npm run build` does), then Playwright in the system Chromium against
 *    it (webServer runs `npm start` on the same database with FACTDESK_SEED_DEMO=1).
 * Flags: --unit-only, --e2e-only (no lint either); anything after `--` goes to Playwright (e.g. a spec file).
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildApp } from "./build-app";
import { buildIsCurrent } from "./build-stamp";
import { runLintChecks } from "./lint-step";
import { prepareDatabase } from "./prepare-database";
import { runCommand } from "./run-command";
import { findNginx } from "./cluster-runner";
import { playwrightCounts, soakCounts, summaryLine, vitestCounts, type Counts } from "./test-summary";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const separator = args.indexOf("--");
const extra = separator >= 0 ? args.slice(separator + 1) : [];
const unitOnly = args.includes("--unit-only");
const e2eOnly = args.includes("--e2e-only");
const resultsDir = path.join(root, ".test-results");

async function main() {
  fs.rmSync(resultsDir, { recursive: true, force: true });
  fs.mkdirSync(resultsDir, { recursive: true });
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  process.env.AUTH_SECRET ??= "factdesk-test-secret-factdesk-test-secret";
  process.env.FACTDESK_DEMO_PASSWORD ??= "e2e-demo-password";

  const counts: Counts[] = [];
  let lintMessage: string | null = null;
  if (!e2eOnly) {
    const lint = await runLintChecks(root, process.env);
    counts.push(lint.counts);
    lintMessage = lint.message;
    if (lintMessage) console.error(`\n${lintMessage}\n`);
  }

  const database = await prepareDatabase({ root, databaseUrl: process.env.DATABASE_URL, dataDir: null, port: 0 });
  console.log(`Tests use ${database.description}`);
  const env = { ...process.env, DATABASE_URL: database.url };

  if (!e2eOnly) {
    const report = path.join(resultsDir, "vitest.json");
    await runCommand(process.execPath, [path.join(root, "node_modules/vitest/vitest.mjs"), "run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`], {
      cwd: root,
      env,
    }).catch(() => undefined);
    counts.push(vitestCounts(report));
  }

  if (!unitOnly) {
    if (!buildIsCurrent(root)) {
      console.log("Building the app for the browser tests…");
      await buildApp(root, env);
    }
    const report = path.join(resultsDir, "playwright.json");
    await runCommand(process.execPath, [path.join(root, "node_modules/@playwright/test/cli.js"), "test", ...extra], {
      cwd: root,
      env: { ...env, CI: "1", PLAYWRIGHT_JSON_OUTPUT_NAME: report, FACTDESK_DATA_DIR: path.join(resultsDir, "app-data") },
    }).catch(() => undefined);
    counts.push(playwrightCounts(report));
    if (extra.length === 0) counts.push(await runShortSoak());
  }

  await database.embedded?.stop();
  if (lintMessage) console.error(`\n${lintMessage}`);
  const line = summaryLine(counts);
  console.log(line);
  process.exit(counts.some((part) => part.failed > 0) ? 1 : 0);
}

/** The short soak suite (R1–R4 at reduced counts against a 3-instance cluster); skipped without nginx. */
async function runShortSoak(): Promise<Counts> {
  if (!findNginx()) {
    console.log("Skipping the soak suite: nginx is not installed (Debian: apt-get install -y nginx).");
    return { passed: 0, failed: 0, skipped: 4 };
  }
  const report = path.join(resultsDir, "soak.json");
  await runCommand(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(root, "soak/run.ts"), "--short", "--json", report], { cwd: root }).catch(() => undefined);
  return soakCounts(report);
}

main().catch((error: unknown) => {
  console.error(error);
  console.log("0 passed, 1 failed");
  process.exit(1);
});
