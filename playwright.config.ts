import fs from "node:fs";
import { defineConfig } from "@playwright/test";

/**
 * Browser tests drive the built app in the system Chromium (never a downloaded browser).
 * `npm test` (scripts/test.ts) provides DATABASE_URL, builds the app, and starts it via webServer
 * (`npm start`, which on a real DATABASE_URL adds the demo accounts only with FACTDESK_SEED_DEMO=1).
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!fs.existsSync(CHROMIUM)) {
  throw new Error(
    `No Chromium at ${CHROMIUM}. Install it with: sudo apt-get update && sudo apt-get install -y chromium (or set CHROMIUM_PATH). Do not run "npx playwright install": it downloads from the internet.`,
  );
}

const port = Number(process.env.E2E_PORT ?? 3100);
/** The second app instance, on the same database (see webServer). */
export const SECOND_INSTANCE_URL = `http://localhost:${port + 1}`;
/** The SMTP server the e-mail tests start (test/mail/smtp-catcher.ts); the app instances send to it. */
export const E2E_SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? port + 25);
export const E2E_DEMO_PASSWORD = process.env.FACTDESK_DEMO_PASSWORD ?? "e2e-demo-password";

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  // One retry on CI: a test that fails twice fails; one that passes on retry is listed as "flaky"
  // in the report so it gets fixed, but does not stop a stop from landing.
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    acceptDownloads: true,
    launchOptions: {
      executablePath: CHROMIUM,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
  projects: [{ name: "chromium" }],
  // Two app instances on the one test database: the second (port + 1) is for the tests that
  // prove an event made through one instance reaches a browser connected to the other.
  webServer: [port, port + 1].map((instancePort) => ({
    command: "npm start",
    url: `http://localhost:${instancePort}/sign-in`,
    reuseExistingServer: !process.env.CI,
    timeout: 600_000,
    stdout: "pipe" as const,
    stderr: "pipe" as const,
    env: {
      PORT: String(instancePort),
      FACTDESK_SEED_DEMO: "1",
      FACTDESK_DEMO_PASSWORD: E2E_DEMO_PASSWORD,
      FACTDESK_IMPORT_ALLOW_PRIVATE: "1",
      // Mail goes to the test's own SMTP server; without one listening, it waits and retries.
      SMTP_URL: `smtp://127.0.0.1:${E2E_SMTP_PORT}`,
      MAIL_FROM: "Factdesk E2E <desk@e2e.test>",
      FACTDESK_JOBS_POLL_SECONDS: "0.5",
      FACTDESK_DATA_DIR: process.env.FACTDESK_DATA_DIR ?? ".data/e2e",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  })),
});
