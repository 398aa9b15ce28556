import { describe, expect, it } from "vitest";
import { parseAppConfig } from "./app-config";

describe("parseAppConfig", () => {
  it("accepts an empty environment with defaults", () => {
    const result = parseAppConfig({});
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config.PORT).toBe(3000);
    expect(result.config.DATABASE_URL).toBeUndefined();
    expect(result.config.FACTDESK_IMPORT_ALLOW_PRIVATE).toBe(false);
  });

  it("names each malformed variable", () => {
    const result = parseAppConfig({ DATABASE_URL: "mysql://x", PORT: "eighty", AUTH_SECRET: "short" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.join("\n")).toMatch(/DATABASE_URL: Must be a postgresql:\/\/ URL/);
    expect(result.problems.join("\n")).toMatch(/PORT/);
    expect(result.problems.join("\n")).toMatch(/AUTH_SECRET must be at least 32 characters/);
  });

  it("reads boolean flags", () => {
    const result = parseAppConfig({ FACTDESK_IMPORT_ALLOW_PRIVATE: "1" });
    expect(result.ok && result.config.FACTDESK_IMPORT_ALLOW_PRIVATE).toBe(true);
    expect(parseAppConfig({ FACTDESK_IMPORT_ALLOW_PRIVATE: "yes" }).ok).toBe(false);
  });

  it("reads the desk's time zone: UTC by default, any IANA name, nothing else", () => {
    const empty = parseAppConfig({});
    expect(empty.ok && empty.config.FACTDESK_TIME_ZONE).toBe("UTC");
    const karachi = parseAppConfig({ FACTDESK_TIME_ZONE: "Asia/Karachi" });
    expect(karachi.ok && karachi.config.FACTDESK_TIME_ZONE).toBe("Asia/Karachi");
    const wrong = parseAppConfig({ FACTDESK_TIME_ZONE: "Pakistan Standard Time" });
    expect(!wrong.ok && wrong.problems).toEqual(["FACTDESK_TIME_ZONE: FACTDESK_TIME_ZONE must be an IANA time zone name, e.g. UTC, Europe/London or Asia/Karachi"]);
  });

  it("refuses a demo password that is too short", () => {
    const result = parseAppConfig({ FACTDESK_DEMO_PASSWORD: "abc" });
    expect(result.ok).toBe(false);
  });

  it("reads the trusted proxy hops: 0 by default, a whole number from 0 to 10", () => {
    const empty = parseAppConfig({});
    expect(empty.ok && empty.config.FACTDESK_TRUSTED_PROXY_HOPS).toBe(0);
    const two = parseAppConfig({ FACTDESK_TRUSTED_PROXY_HOPS: "2" });
    expect(two.ok && two.config.FACTDESK_TRUSTED_PROXY_HOPS).toBe(2);
    for (const bad of ["-1", "1.5", "many", "11"]) {
      const result = parseAppConfig({ FACTDESK_TRUSTED_PROXY_HOPS: bad });
      expect(result.ok, bad).toBe(false);
      if (!result.ok) expect(result.problems.join("\n"), bad).toMatch(/FACTDESK_TRUSTED_PROXY_HOPS/);
    }
  });
});

describe("production settings", () => {
  it("seeds no demo desk unless FACTDESK_SEED_DEMO asks", () => {
    const unset = parseAppConfig({});
    expect(unset.ok && unset.config.FACTDESK_SEED_DEMO).toBe(false);
    const set = parseAppConfig({ FACTDESK_SEED_DEMO: "1" });
    expect(set.ok && set.config.FACTDESK_SEED_DEMO).toBe(true);
    expect(parseAppConfig({ FACTDESK_SEED_DEMO: "please" }).ok).toBe(false);
  });

  it("refuses an admin password shorter than other passwords may be", () => {
    const result = parseAppConfig({ FACTDESK_ADMIN_PASSWORD: "short-pw" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.join("\n")).toMatch(/FACTDESK_ADMIN_PASSWORD: .*at least 10 characters/);
    expect(parseAppConfig({ FACTDESK_ADMIN_PASSWORD: "long enough password" }).ok).toBe(true);
  });

  it("accepts a server actions key only as base64 of 16, 24 or 32 bytes", () => {
    for (const bytes of [16, 24, 32]) {
      expect(parseAppConfig({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: Buffer.alloc(bytes, 7).toString("base64") }).ok).toBe(true);
    }
    for (const bad of [Buffer.alloc(20, 7).toString("base64"), "not base64 at all!", ""]) {
      const result = parseAppConfig({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: bad });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems.join("\n")).toMatch(/NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: .*openssl rand -base64 32/);
    }
  });
});

describe("operational settings", () => {
  it("has time limits by default and reads them in milliseconds", () => {
    const empty = parseAppConfig({});
    expect(empty.ok && empty.config.FACTDESK_DB_STATEMENT_TIMEOUT_MS).toBe(15_000);
    expect(empty.ok && empty.config.FACTDESK_REQUEST_TIMEOUT_MS).toBe(30_000);
    expect(empty.ok && empty.config.FACTDESK_SHUTDOWN_TIMEOUT_MS).toBe(20_000);
    const set = parseAppConfig({ FACTDESK_REQUEST_TIMEOUT_MS: "5000" });
    expect(set.ok && set.config.FACTDESK_REQUEST_TIMEOUT_MS).toBe(5_000);
  });

  it("sizes the database pool and the wait for it and for a transaction beyond Prisma's 2 s and 5 s", () => {
    const empty = parseAppConfig({});
    expect(empty.ok && empty.config.FACTDESK_DB_POOL_SIZE).toBe(10);
    expect(empty.ok && empty.config.FACTDESK_DB_POOL_WAIT_MS).toBe(10_000);
    expect(empty.ok && empty.config.FACTDESK_DB_TRANSACTION_TIMEOUT_MS).toBe(15_000);
    const set = parseAppConfig({ FACTDESK_DB_POOL_SIZE: "25", FACTDESK_DB_POOL_WAIT_MS: "3000", FACTDESK_DB_TRANSACTION_TIMEOUT_MS: "60000" });
    expect(set.ok && [set.config.FACTDESK_DB_POOL_SIZE, set.config.FACTDESK_DB_POOL_WAIT_MS, set.config.FACTDESK_DB_TRANSACTION_TIMEOUT_MS]).toEqual([25, 3_000, 60_000]);
    for (const bad of ["0", "2.5", "many", "201"]) {
      const result = parseAppConfig({ FACTDESK_DB_POOL_SIZE: bad });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems.join("\n")).toMatch(/FACTDESK_DB_POOL_SIZE must be a whole number of connections from 1 to 200/);
    }
    const short = parseAppConfig({ FACTDESK_DB_TRANSACTION_TIMEOUT_MS: "500" });
    expect(short.ok).toBe(false);
  });

  it("names a malformed time limit with its bounds", () => {
    for (const bad of ["soon", "1.5", "-1", "99999999"]) {
      const result = parseAppConfig({ FACTDESK_DB_STATEMENT_TIMEOUT_MS: bad });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems.join("\n")).toMatch(/FACTDESK_DB_STATEMENT_TIMEOUT_MS must be a whole number of milliseconds from 100 to 600000/);
    }
  });

  it("leaves metrics off without a token and refuses a short one", () => {
    const empty = parseAppConfig({});
    expect(empty.ok && empty.config.FACTDESK_METRICS_TOKEN).toBeUndefined();
    expect(parseAppConfig({ FACTDESK_METRICS_TOKEN: "short" }).ok).toBe(false);
    expect(parseAppConfig({ FACTDESK_METRICS_TOKEN: "a-long-enough-metrics-token" }).ok).toBe(true);
  });

  it("keeps idempotency keys 24 hours by default", () => {
    const empty = parseAppConfig({});
    expect(empty.ok && empty.config.FACTDESK_IDEMPOTENCY_HOURS).toBe(24);
    expect(parseAppConfig({ FACTDESK_IDEMPOTENCY_HOURS: "0" }).ok).toBe(false);
  });
});

describe("evidence archive settings", () => {
  it("default to 10 MB, 15 seconds and 2 fetches per host", () => {
    const result = parseAppConfig({});
    expect(result.ok && [result.config.FACTDESK_ARCHIVE_MAX_MB, result.config.FACTDESK_ARCHIVE_TIMEOUT_SECONDS, result.config.FACTDESK_ARCHIVE_PER_HOST]).toEqual([10, 15, 2]);
  });

  it("name a malformed value", () => {
    const result = parseAppConfig({ FACTDESK_ARCHIVE_MAX_MB: "lots", FACTDESK_ARCHIVE_TIMEOUT_SECONDS: "0", FACTDESK_ARCHIVE_PER_HOST: "1.5" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const text = result.problems.join("\n");
    expect(text).toMatch(/FACTDESK_ARCHIVE_MAX_MB must be a number of megabytes/);
    expect(text).toMatch(/FACTDESK_ARCHIVE_TIMEOUT_SECONDS must be at least 1/);
    expect(text).toMatch(/FACTDESK_ARCHIVE_PER_HOST must be a whole number/);
  });
});

describe("worker pool settings", () => {
  it("default to one report worker, a 2-minute render limit and short waiting lines", () => {
    const result = parseAppConfig({});
    expect(result.ok && [result.config.FACTDESK_REPORT_WORKERS, result.config.FACTDESK_REPORT_TIMEOUT_MS, result.config.FACTDESK_REPORT_QUEUE, result.config.FACTDESK_BODY_WORKER_QUEUE]).toEqual([
      1, 120_000, 4, 16,
    ]);
  });

  it("name a malformed value with its bounds", () => {
    const result = parseAppConfig({ FACTDESK_REPORT_WORKERS: "9", FACTDESK_REPORT_TIMEOUT_MS: "10", FACTDESK_REPORT_QUEUE: "a few", FACTDESK_BODY_WORKER_QUEUE: "-1" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const text = result.problems.join("\n");
    expect(text).toMatch(/FACTDESK_REPORT_WORKERS must be a whole number from 0 to 8/);
    expect(text).toMatch(/FACTDESK_REPORT_TIMEOUT_MS must be a whole number of milliseconds from 1000 to 600000/);
    expect(text).toMatch(/FACTDESK_REPORT_QUEUE must be a whole number from 0 to 1000/);
    expect(text).toMatch(/FACTDESK_BODY_WORKER_QUEUE must be a whole number from 0 to 1000/);
  });
});
