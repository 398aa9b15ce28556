import { createRequire } from "node:module";
import { expect, type Page } from "@playwright/test";

const require = createRequire(import.meta.url);
const AXE_SOURCE = require.resolve("axe-core/axe.min.js");

type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: string[]; failureSummary?: string }[] };

/**
 * Runs axe-core (WCAG 2 A and AA rules) on the page once it has its title, and fails, listing
 * each problem and where it is, unless there are none.
 */
export async function expectNoAxeViolations(page: Page, what: string) {
  // After a client-side navigation the new page's title arrives with its metadata: wait for it.
  await expect(page).toHaveTitle(/\S/);
  await page.addScriptTag({ path: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] }, resultTypes: ["violations"] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  });
  expect(violations, `axe violations on ${what}:\n${JSON.stringify(violations, null, 2)}`).toEqual([]);
}
