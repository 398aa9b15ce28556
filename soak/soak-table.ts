import type { ScenarioResult } from "./soak-context";

/** The closing table: one row per scenario, PASS/FAIL, its figures, and the first failures beneath. */
export function formatSoakTable(results: ScenarioResult[]): string {
  const width = Math.max(8, ...results.map((r) => r.name.length));
  const lines = [`${"Scenario".padEnd(width)}  Result  Figures`, `${"-".repeat(width)}  ------  ${"-".repeat(60)}`];
  for (const result of results) {
    lines.push(`${result.name.padEnd(width)}  ${(result.ok ? "PASS" : "FAIL").padEnd(6)}  ${result.summary}`);
    for (const detail of result.details ?? []) lines.push(`${" ".repeat(width)}          ↳ ${detail}`);
  }
  const failed = results.filter((r) => !r.ok).length;
  lines.push("", `${results.length - failed} passed, ${failed} failed`);
  return lines.join("\n");
}
