import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** The WCAG 2.0, 2.1 and 2.2 A and AA rules: what the desk promises. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

type AxeViolation = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"][number];

/** One line per failing element: rule, impact, what is wrong and where. */
function describeViolations(violations: AxeViolation[]): string {
  return violations
    .flatMap((violation) =>
      violation.nodes.map((node) => `- ${violation.id} (${violation.impact ?? "?"}): ${violation.help}\n    at ${node.target.join(" ")}\n    ${node.failureSummary?.replace(/\n/g, "\n    ") ?? ""}`),
    )
    .join("\n");
}

/**
 * Runs axe on the page as it is now, against the WCAG 2.2 A/AA rules, and fails the test listing
 * every violation readably. `label` says which state was checked (e.g. "tagging form open").
 */
export async function expectNoAxeViolations(page: Page, label = "page"): Promise<void> {
  // After a client-side navigation the new page's title arrives with its metadata: wait for it.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const message = `Accessibility violations (${label}, ${page.url()}):\n${describeViolations(results.violations)}`;
  expect(results.violations.length === 0 ? "" : message, message).toBe("");
}
