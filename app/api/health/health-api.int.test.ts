import { afterEach, describe, expect, it } from "vitest";
import { registerReadinessCheck, unregisterReadinessCheck } from "@/lib/server/health/readiness-checks";
import { GET as live } from "./live/route";
import { GET as ready } from "./ready/route";

const state = globalThis as unknown as { factdeskShuttingDownSince?: Date };

afterEach(() => {
  unregisterReadinessCheck("jobs");
  delete state.factdeskShuttingDownSince;
});

describe("GET /api/health/live", () => {
  it("answers 200 without a session and without touching the database", async () => {
    const response = live();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "live" });
    expect(response.headers.get("cache-control")).toBe("no-store");
  });
});

describe("GET /api/health/ready", () => {
  it("is ready when the database answers and every shipped migration is applied", async () => {
    const response = await ready();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ready", checks: { database: { ok: true }, migrations: { ok: true } } });
  });

  it("answers 503 with the reason while a registered check (the job queue) fails", async () => {
    registerReadinessCheck("jobs", async () => ({ ok: false, reason: "job queue not started" }));
    const response = await ready();
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(await response.json()).toMatchObject({ status: "not_ready", checks: { database: { ok: true }, jobs: { ok: false, reason: "job queue not started" } } });
  });

  it("answers 503 at once while the instance shuts down", async () => {
    const { markShuttingDown } = await import("@/lib/server/lifecycle/shutdown-state");
    markShuttingDown();
    const response = await ready();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "shutting_down", checks: {} });
  });
});
