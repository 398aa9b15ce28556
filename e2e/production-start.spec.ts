import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "./support/test";
import pg from "pg";
import { E2E_DEMO_PASSWORD } from "../playwright.config";
import { formAlert } from "./support/sign-in";

/**
 * The production path on a real PostgreSQL: the app is already built (`npm test` built it),
 * two instances with one AUTH_SECRET start at once on a fresh database, the first admin comes
 * from `npm run create-admin`. No demo accounts, no password printed.
 */
// Away from the E2E_PORT of other test runs on the same machine (often consecutive numbers).
const FIRST_PORT = Number(process.env.E2E_PORT ?? 3100) + 100;
const SECOND_PORT = FIRST_PORT + 100;
const ADMIN = { email: "first.admin@newsroom.example", password: "the first admin's passphrase" };
const root = process.cwd();

async function adminQuery<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

function startInstance(env: NodeJS.ProcessEnv, port: number): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], { env: { ...env, PORT: String(port) }, cwd: root, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Instance on ${port} did not start:\n${output}`)), 180_000);
    child.on("exit", (code) => reject(new Error(`Instance on ${port} exited (${code}):\n${output}`)));
    const poll = setInterval(() => {
      if (!output.includes("Factdesk is running at")) return;
      clearInterval(poll);
      clearTimeout(timer);
      resolve({ child, output: () => output });
    }, 200);
  });
}

function stopInstance(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.removeAllListeners("exit");
    child.on("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

function createAdmin(env: NodeJS.ProcessEnv): Promise<string> {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/create-admin.ts", "--email", ADMIN.email, "--name", "First Admin"], {
    env: { ...env, FACTDESK_ADMIN_PASSWORD: ADMIN.password },
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  return new Promise((resolve, reject) => child.on("exit", (code) => (code === 0 ? resolve(output) : reject(new Error(`create-admin failed:\n${output}`)))));
}

test("two instances start at once on a fresh PostgreSQL, with no demo accounts; the first admin comes from create-admin", async ({ page }) => {
  test.setTimeout(420_000);
  const serverUrl = process.env.DATABASE_URL!;
  const isEmbedded = (await adminQuery<{ version: string }>(serverUrl, "SELECT version()"))[0].version.includes("emscripten");
  test.skip(isEmbedded, "needs a real PostgreSQL server (CI sets DATABASE_URL)");

  const name = `factdesk_e2e_production_${Date.now()}`;
  await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
  const databaseUrl = Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-production-"));
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, AUTH_SECRET: "one-secret-shared-by-every-instance-of-the-desk", FACTDESK_DATA_DIR: dataDir };
  delete env.FACTDESK_SEED_DEMO;
  delete env.FACTDESK_DEMO_PASSWORD;
  const instances: ChildProcess[] = [];
  try {
    const started = await Promise.allSettled([startInstance(env, FIRST_PORT), startInstance(env, SECOND_PORT)]);
    for (const result of started) if (result.status === "fulfilled") instances.push(result.value.child);
    for (const result of started) if (result.status === "rejected") throw result.reason;
    const outputs = started.map((result) => (result.status === "fulfilled" ? result.value.output() : "")).join("\n");
    expect(outputs).not.toMatch(/Demo (accounts|password)/);
    expect(outputs).not.toMatch(/Building Factdesk/);
    expect(outputs).toContain("No admin account yet: create the first one with `npm run create-admin");

    const migrations = fs.readdirSync(path.join(root, "prisma/migrations"), { withFileTypes: true }).filter((entry) => entry.isDirectory());
    const applied = await adminQuery<{ migration_name: string }>(databaseUrl, `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`);
    expect(applied).toHaveLength(migrations.length);
    expect(await adminQuery(databaseUrl, `SELECT id FROM "User"`)).toEqual([]);

    await page.goto(`http://localhost:${FIRST_PORT}/sign-in`);
    await page.getByLabel("E-mail").fill("admin@example.com");
    await page.getByLabel("Password").fill(E2E_DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(formAlert(page)).toContainText("don't match an account");

    expect(await createAdmin(env)).not.toContain(ADMIN.password);
    await page.getByLabel("E-mail").fill(ADMIN.email);
    await page.getByLabel("Password").fill(ADMIN.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/my-work/);
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" })).toBeVisible();

    // The other instance accepts the same session: one AUTH_SECRET behind a load balancer.
    await page.goto(`http://localhost:${SECOND_PORT}/admin/users`);
    await expect(page).toHaveURL(/\/admin\/users/);
    await expect(page.getByTestId(`user-row-${ADMIN.email}`)).toBeVisible();
  } finally {
    await Promise.all(instances.map(stopInstance));
    await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
