/**
 * `npm run screenshots`: pictures of the desk for people who have not installed it. Starts
 * Factdesk on a fresh embedded database with the demo desk (the sample article from Pakistan,
 * three accounts, a few annotations) in a temporary folder, then photographs the article page,
 * the review queue and the printable report, in English and in Urdu (the browser's language),
 * at 1440 px and 390 px wide: docs/screenshots/{article,queue,report}-{en,ur}-{1440,390}.png
 * (the viewport, not the whole page, to keep them small). Builds the app first if needed.
 *
 * Settings: SCREENSHOTS_PORT (default 3390) and SCREENSHOTS_DB_PORT (default 5690) for the app
 * and its embedded database; CHROMIUM_PATH as for the browser tests.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "@playwright/test";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const outDir = path.join(root, "docs/screenshots");
const port = Number(process.env.SCREENSHOTS_PORT ?? 3390);
const dbPort = Number(process.env.SCREENSHOTS_DB_PORT ?? 5690);
const baseUrl = `http://localhost:${port}`;
const password = `shots-${randomBytes(9).toString("base64url")}`;

const LANGUAGES = [
  { code: "en", browserLocale: "en-GB" },
  { code: "ur", browserLocale: "ur-PK" },
] as const;
const WIDTHS = [
  { width: 1440, height: 900, mobile: false },
  { width: 390, height: 844, mobile: true },
] as const;

function startApp(dataDir: string): ChildProcess {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), FACTDESK_DATA_DIR: dataDir, FACTDESK_EMBEDDED_DB_PORT: String(dbPort), FACTDESK_DEMO_PASSWORD: password, LOG_LEVEL: "warn" };
  delete env.DATABASE_URL;
  const child = spawn("npm", ["start"], { cwd: root, env, stdio: ["ignore", "inherit", "inherit"], detached: true });
  return child;
}

async function waitForApp(child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 15 * 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Factdesk stopped (exit code ${child.exitCode}) before it served ${baseUrl}`);
    try {
      if ((await fetch(`${baseUrl}/sign-in`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`Factdesk did not answer at ${baseUrl} within 15 minutes`);
}

async function signIn(page: Page, email: string) {
  await page.goto(`${baseUrl}/sign-in`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL(/\/my-work/);
}

/** Waits until the page is still (fonts loaded, live updates connected, no animation running). */
async function settle(page: Page) {
  await page.waitForLoadState("networkidle").catch(() => undefined);
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(600);
}

async function shoot(page: Page, name: string) {
  const file = path.join(outDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false, animations: "disabled", caret: "hide" });
  console.log(`  ${path.relative(root, file)} (${Math.round(fs.statSync(file).size / 1024)} KB)`);
}

async function photograph(browser: Browser) {
  fs.mkdirSync(outDir, { recursive: true });
  for (const language of LANGUAGES) {
    for (const size of WIDTHS) {
      const suffix = `${language.code}-${size.width}`;
      const context = await browser.newContext({
        locale: language.browserLocale,
        viewport: { width: size.width, height: size.height },
        isMobile: size.mobile,
        hasTouch: size.mobile,
        deviceScaleFactor: 1,
        reducedMotion: "reduce",
      });
      const page = await context.newPage();
      await signIn(page, "reviewer@example.com");
      await page.goto(`${baseUrl}/articles`);
      const articleHref = await page.locator('#article-table a[href^="/articles/"]').first().getAttribute("href");
      if (!articleHref) throw new Error("The demo article is not in the list");
      await page.goto(`${baseUrl}${articleHref}`);
      await page.getByTestId("annotation-card").first().waitFor();
      await settle(page);
      await shoot(page, `article-${suffix}`);
      await page.goto(`${baseUrl}/review`);
      await page.getByTestId("queue-item").first().waitFor();
      await settle(page);
      await shoot(page, `queue-${suffix}`);
      await page.goto(`${baseUrl}${articleHref}/report?scope=all`);
      await settle(page);
      await shoot(page, `report-${suffix}`);
      await context.close();
    }
  }
}

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-screenshots-"));
  const app = startApp(dataDir);
  try {
    await waitForApp(app);
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--font-render-hinting=none"] });
    try {
      console.log("Screenshots:");
      await photograph(browser);
    } finally {
      await browser.close();
    }
  } finally {
    if (app.pid) process.kill(-app.pid, "SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 1500));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
