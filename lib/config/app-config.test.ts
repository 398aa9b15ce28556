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
