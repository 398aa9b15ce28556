import { describe, expect, it } from "vitest";
import { pendingMigrations, runReadinessChecks } from "./readiness";

describe("runReadinessChecks", () => {
  it("is ready when every check passes", async () => {
    const report = await runReadinessChecks({ database: async () => ({ ok: true }), jobs: async () => ({ ok: true }) }, 100);
    expect(report).toEqual({ ready: true, checks: { database: { ok: true }, jobs: { ok: true } } });
  });

  it("is not ready when one check fails, and says which and why", async () => {
    const report = await runReadinessChecks({ database: async () => ({ ok: true }), migrations: async () => ({ ok: false, reason: "1 migration not applied" }) }, 100);
    expect(report.ready).toBe(false);
    expect(report.checks.migrations).toEqual({ ok: false, reason: "1 migration not applied" });
  });

  it("turns a thrown error into a failure without its details", async () => {
    const report = await runReadinessChecks({ database: async () => Promise.reject(new Error("password authentication failed for user secret")) }, 100);
    expect(report.checks.database).toEqual({ ok: false, reason: "check failed" });
  });

  it("fails a check that takes longer than the limit", async () => {
    const report = await runReadinessChecks({ slow: () => new Promise((resolve) => setTimeout(() => resolve({ ok: true }), 300)) }, 20);
    expect(report).toEqual({ ready: false, checks: { slow: { ok: false, reason: "no answer within 20 ms" } } });
  });

  it("is ready with no checks at all", async () => {
    expect((await runReadinessChecks({}, 10)).ready).toBe(true);
  });
});

describe("pendingMigrations", () => {
  it("lists the shipped migrations not yet applied, in order", () => {
    expect(pendingMigrations(["2026_b", "2026_a", "2026_c"], ["2026_a"])).toEqual(["2026_b", "2026_c"]);
    expect(pendingMigrations(["2026_a"], ["2026_a", "2026_z_from_a_newer_release"])).toEqual([]);
  });
});
