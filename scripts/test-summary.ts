import fs from "node:fs";

export type Counts = { passed: number; failed: number; skipped: number };

type VitestReport = {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults?: { status: string; assertionResults?: { status: string }[] }[];
};

/**
 * Counts from Vitest's JSON reporter (`numPassedTests`, …). A test file that failed without a
 * failed test (it did not load) counts as one failure; a missing report counts as one failure.
 */
export function vitestCounts(file: string): Counts {
  if (!fs.existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const report = JSON.parse(fs.readFileSync(file, "utf8")) as VitestReport;
  const unloaded = (report.testResults ?? []).filter((result) => result.status === "failed" && !(result.assertionResults ?? []).some((test) => test.status === "failed")).length;
  return { passed: report.numPassedTests, failed: report.numFailedTests + unloaded, skipped: report.numPendingTests + report.numTodoTests };
}

/** Counts from Playwright's JSON reporter (`stats`); a missing report counts as one failure. */
export function playwrightCounts(file: string): Counts {
  if (!fs.existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const report = JSON.parse(fs.readFileSync(file, "utf8")) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number }; errors?: unknown[] };
  const errors = report.errors?.length ?? 0;
  return { passed: report.stats.expected + report.stats.flaky, failed: report.stats.unexpected + errors, skipped: report.stats.skipped };
}

/** The one summary line CI reads: `N passed, N failed`. */
export function summaryLine(parts: Counts[]): string {
  const passed = parts.reduce((sum, part) => sum + part.passed, 0);
  const failed = parts.reduce((sum, part) => sum + part.failed, 0);
  return `${passed} passed, ${failed} failed`;
}

/** The soak suite's scenarios (`npm run soak -- --json`): one test each; no file means it could not run (one failure). */
export function soakCounts(file: string): Counts {
  if (!fs.existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const results = JSON.parse(fs.readFileSync(file, "utf8")) as { ok: boolean }[];
  return { passed: results.filter((r) => r.ok).length, failed: results.filter((r) => !r.ok).length, skipped: 0 };
}
