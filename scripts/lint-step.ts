import path from "node:path";
import { runCommand } from "./run-command";
import type { Counts } from "./test-summary";

/** One static check `npm test` runs before the tests, with what to do when it fails. */
export type LintCheck = { name: string; args: string[]; remedy: string };

/** ESLint (no warnings allowed) and Prettier's check, as `npm run lint` and `npm run format:check` run them. */
export function lintChecks(root: string): LintCheck[] {
  return [
    { name: "ESLint", args: [path.join(root, "node_modules/eslint/bin/eslint.js"), ".", "--max-warnings", "0"], remedy: "fix the findings listed above (`npm run lint` lists them again)" },
    { name: "Prettier", args: [path.join(root, "node_modules/prettier/bin/prettier.cjs"), "--check", "."], remedy: "run `npm run format` and commit the result" },
  ];
}

/** Outcome of one check: null when it passed, else why not. */
export type LintOutcome = { check: LintCheck; failure: string | null };

/**
 * The lint checks count as one entry of the summary: passed when every check passed, else one
 * failure, with a message naming each failed check and its remedy.
 */
export function lintVerdict(outcomes: LintOutcome[]): { counts: Counts; message: string | null } {
  const failed = outcomes.filter((outcome) => outcome.failure !== null);
  if (failed.length === 0) return { counts: { passed: 1, failed: 0, skipped: 0 }, message: null };
  const lines = failed.map(({ check, failure }) => `  ${check.name} failed (${failure}): ${check.remedy}`);
  return { counts: { passed: 0, failed: 1, skipped: 0 }, message: ["LINT FAILED — counted as 1 failed test; the tests still run:", ...lines].join("\n") };
}

/** Runs every check in turn (each prints its own findings) and returns the verdict. */
export async function runLintChecks(root: string, env: NodeJS.ProcessEnv): Promise<{ counts: Counts; message: string | null }> {
  const outcomes: LintOutcome[] = [];
  for (const check of lintChecks(root)) {
    console.log(`Lint: ${check.name}…`);
    const failure = await runCommand(process.execPath, check.args, { cwd: root, env }).then(
      () => null,
      (error: unknown) => (error instanceof Error ? (/\(([^()]*)\)$/.exec(error.message)?.[1] ?? error.message) : String(error)),
    );
    outcomes.push({ check, failure });
  }
  return lintVerdict(outcomes);
}
