import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Page } from "./support/test";

/**
 * Smoke test of the default set-up: `npm start` with no DATABASE_URL runs the embedded
 * PostgreSQL, applies migrations, seeds the demo desk (without FACTDESK_SEED_DEMO), and keeps the
 * data across a restart.
 */
const PORT = 3290;
const PASSWORD = "embedded-smoke-password";
const BASE = `http://localhost:${PORT}`;

function startApp(dataDir: string): Promise<{ child: ChildProcess; output: () => string }> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(PORT),
    FACTDESK_DATA_DIR: dataDir,
    FACTDESK_DEMO_PASSWORD: PASSWORD,
    FACTDESK_EMBEDDED_DB_PORT: process.env.FACTDESK_EMBEDDED_DB_PORT ?? "5590",
  };
  delete env.DATABASE_URL;
  delete env.AUTH_SECRET;
  // The embedded desk is for trying Factdesk out: it has the demo accounts without asking.
  delete env.FACTDESK_SEED_DEMO;
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], { env, cwd: process.cwd(), stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The app did not start:\n${output}`)), 180_000);
    child.on("exit", (code) => reject(new Error(`The app exited (${code}):\n${output}`)));
    const poll = setInterval(() => {
      if (!output.includes("Factdesk is running at")) return;
      clearInterval(poll);
      clearTimeout(timer);
      resolve({ child, output: () => output });
    }, 200);
  });
}

function stopApp(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.removeAllListeners("exit");
    child.on("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

async function signInAs(page: Page, email: string) {
  await page.goto(`${BASE}/sign-in`);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/my-work/);
}

test("npm start with no DATABASE_URL runs the embedded database, seeded, and keeps data across a restart", async ({ page }) => {
  test.setTimeout(420_000);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-embedded-"));
  try {
    const first = await startApp(dataDir);
    try {
      expect(first.output()).toContain("Database: embedded PostgreSQL (PGlite)");
      // The embedded database takes only clients that know its generated password, kept for you alone.
      expect(first.output()).toMatch(/password in .*db-password/);
      expect(fs.statSync(path.join(dataDir, "db-password")).mode & 0o777).toBe(0o600);
      expect(first.output()).toContain("Demo accounts: editor@example.com, reviewer@example.com, admin@example.com");
      await signInAs(page, "editor@example.com");
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Articles" }).click();
      await page.getByRole("link", { name: "Pakistani diplomats host Afghan Taliban delegation in Doha" }).click();
      await expect(page.getByTestId("annotation-card")).toHaveCount(4);
      await page.getByRole("button", { name: "Sign out" }).click();
      // Signing out is a form post; going on before it lands would find the old session still there.
      await expect(page).toHaveURL(/\/sign-in/);

      await signInAs(page, "admin@example.com");
      const created = await page.request.post(`${BASE}/api/users`, {
        data: { email: "kept-after-restart@example.com", name: "Kept After Restart", role: "editor" },
        headers: { origin: BASE },
      });
      expect(created.status()).toBe(201);
    } finally {
      await stopApp(first.child);
    }

    const second = await startApp(dataDir);
    try {
      await page.context().clearCookies();
      await signInAs(page, "admin@example.com");
      const users = await page.request.get(`${BASE}/api/users`);
      expect((await users.json()).users.map((u: { email: string }) => u.email)).toContain("kept-after-restart@example.com");
      const articles = await (await page.request.get(`${BASE}/api/articles`)).json();
      expect(articles.articles.filter((a: { title: string }) => a.title.startsWith("Pakistani diplomats host"))).toHaveLength(1);
    } finally {
      await stopApp(second.child);
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
