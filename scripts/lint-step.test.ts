import { describe, expect, it } from "vitest";
import { lintChecks, lintVerdict } from "./lint-step";
import { summaryLine } from "./test-summary";

const [eslint, prettier] = lintChecks("/repo");

describe("lint step of npm test", () => {
  it("runs ESLint with no warnings allowed, then Prettier's check", () => {
    expect(eslint.args.slice(1)).toEqual([".", "--max-warnings", "0"]);
    expect(eslint.args[0]).toBe("/repo/node_modules/eslint/bin/eslint.js");
    expect(prettier.args.slice(1)).toEqual(["--check", "."]);
  });

  it("counts as one passed entry when every check passes", () => {
    const verdict = lintVerdict([
      { check: eslint, failure: null },
      { check: prettier, failure: null },
    ]);
    expect(verdict).toEqual({ counts: { passed: 1, failed: 0, skipped: 0 }, message: null });
  });

  it("counts as one failed entry, naming each failed check and its remedy", () => {
    const verdict = lintVerdict([
      { check: eslint, failure: "exit code 1" },
      { check: prettier, failure: "exit code 1" },
    ]);
    expect(verdict.counts).toEqual({ passed: 0, failed: 1, skipped: 0 });
    expect(verdict.message).toContain("LINT FAILED");
    expect(verdict.message).toContain("ESLint failed (exit code 1): fix the findings");
    expect(verdict.message).toContain("Prettier failed (exit code 1): run `npm run format`");
    expect(summaryLine([verdict.counts, { passed: 10, failed: 0, skipped: 0 }])).toBe("10 passed, 1 failed");
  });

  it("names only the check that failed", () => {
    const verdict = lintVerdict([
      { check: eslint, failure: null },
      { check: prettier, failure: "exit code 2" },
    ]);
    expect(verdict.message).not.toContain("ESLint");
    expect(verdict.message).toContain("Prettier failed (exit code 2)");
  });
});
