import { describe, expect, it } from "vitest";
import { planStart, type BuildState } from "./start-plan";

const REAL_DB = "postgresql://factdesk:secret@db.internal:5432/factdesk";
const SECRET = "a-long-enough-session-secret-for-tests";

function plan(config: { DATABASE_URL?: string; FACTDESK_SEED_DEMO?: boolean; AUTH_SECRET?: string }, buildState: BuildState) {
  return planStart({ config: { FACTDESK_SEED_DEMO: false, ...config }, buildState });
}

describe("planStart on the embedded database (no DATABASE_URL)", () => {
  it("builds when the build is missing or stale, and seeds the demo desk", () => {
    for (const state of ["missing", "stale"] as const) {
      expect(plan({}, state)).toEqual({ action: "start", database: "embedded", build: true, seedDemo: true, warnings: [] });
    }
  });

  it("does not rebuild a current build", () => {
    expect(plan({}, "current")).toMatchObject({ action: "start", build: false, seedDemo: true });
  });
});

describe("planStart on a real PostgreSQL (DATABASE_URL)", () => {
  it("serves a current build without building or seeding", () => {
    expect(plan({ DATABASE_URL: REAL_DB, AUTH_SECRET: SECRET }, "current")).toEqual({ action: "start", database: "external", build: false, seedDemo: false, warnings: [] });
  });

  it("seeds the demo desk only when FACTDESK_SEED_DEMO asks", () => {
    expect(plan({ DATABASE_URL: REAL_DB, AUTH_SECRET: SECRET, FACTDESK_SEED_DEMO: true }, "current")).toMatchObject({ action: "start", seedDemo: true });
  });

  it("refuses to start without a build, naming the command to run", () => {
    const result = plan({ DATABASE_URL: REAL_DB, AUTH_SECRET: SECRET }, "missing");
    expect(result.action).toBe("refuse");
    if (result.action !== "refuse") return;
    expect(result.message).toMatch(/not built/);
    expect(result.message).toContain("npm run build");
  });

  it("refuses a build older than the sources, naming the command to run", () => {
    const result = plan({ DATABASE_URL: REAL_DB, AUTH_SECRET: SECRET, FACTDESK_SEED_DEMO: true }, "stale");
    expect(result.action).toBe("refuse");
    if (result.action !== "refuse") return;
    expect(result.message).toMatch(/sources changed/);
    expect(result.message).toContain("npm run build");
  });

  it("warns when AUTH_SECRET is not set", () => {
    const result = plan({ DATABASE_URL: REAL_DB }, "current");
    expect(result.action === "start" && result.warnings.join("\n")).toMatch(/AUTH_SECRET is not set/);
  });
});
