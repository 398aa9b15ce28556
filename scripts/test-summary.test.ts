import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { playwrightCounts, soakCounts, summaryLine, vitestCounts } from "./test-summary";

function tempJson(content: unknown): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "summary-")), "report.json");
  fs.writeFileSync(file, JSON.stringify(content));
  return file;
}

describe("test summary", () => {
  it("adds Vitest and Playwright counts into one line", () => {
    const vitest = vitestCounts(
      tempJson({ numPassedTests: 120, numFailedTests: 2, numPendingTests: 1, numTodoTests: 0, testResults: [{ status: "failed", assertionResults: [{ status: "failed" }, { status: "failed" }] }] }),
    );
    const playwright = playwrightCounts(tempJson({ stats: { expected: 30, unexpected: 1, flaky: 0, skipped: 2 } }));
    expect(summaryLine([vitest, playwright])).toBe("150 passed, 3 failed");
  });

  it("counts a suite that failed to load, and a missing report, as failures", () => {
    expect(
      vitestCounts(tempJson({ numPassedTests: 3, numFailedTests: 0, numPendingTests: 0, numTodoTests: 0, testResults: [{ status: "failed", assertionResults: [] }, { status: "passed" }] })).failed,
    ).toBe(1);
    expect(playwrightCounts("/nonexistent/report.json")).toEqual({ passed: 0, failed: 1, skipped: 0 });
  });

  it("counts a failed test once, not again for its file and describe block", () => {
    const report = {
      numPassedTests: 5,
      numFailedTests: 1,
      numPendingTests: 0,
      numTodoTests: 0,
      numFailedTestSuites: 2,
      testResults: [{ status: "failed", assertionResults: [{ status: "passed" }, { status: "failed" }] }],
    };
    expect(vitestCounts(tempJson(report)).failed).toBe(1);
  });

  it("counts Playwright's global errors as failures", () => {
    expect(playwrightCounts(tempJson({ stats: { expected: 0, unexpected: 0, flaky: 0, skipped: 0 }, errors: [{ message: "webServer failed" }] })).failed).toBe(1);
  });
});

describe("soakCounts", () => {
  it("counts one test per soak scenario", () => {
    expect(
      soakCounts(
        tempJson([
          { name: "R1", ok: true },
          { name: "R2", ok: false },
          { name: "R3", ok: true },
        ]),
      ),
    ).toEqual({ passed: 2, failed: 1, skipped: 0 });
  });

  it("counts a soak run that left no report as one failure", () => {
    expect(soakCounts(path.join(os.tmpdir(), "no-such-soak-report.json"))).toEqual({ passed: 0, failed: 1, skipped: 0 });
  });
});
