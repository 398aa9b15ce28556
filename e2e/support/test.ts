import { test as base } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

export { expect, request, type APIRequestContext, type Browser, type BrowserContext, type Locator, type Page } from "@playwright/test";

/**
 * Playwright's `test`, with an accessibility check at the end of every test: axe runs on the
 * test's page in whatever state the test left it (if it is still open on a desk page), and any
 * WCAG 2.2 A/AA violation fails the test. Specs import `test` and `expect` from here.
 */
export const test = base.extend<{ axeAtEnd: void }>({
  axeAtEnd: [
    async ({ page }, use, testInfo) => {
      await use();
      // A failed test has already said what is wrong; a closed page or a download has nothing to check.
      if (testInfo.status !== testInfo.expectedStatus || page.isClosed()) return;
      if (!/^https?:/.test(page.url())) return;
      await page.waitForLoadState("load").catch(() => undefined);
      await expectNoAxeViolations(page, "end of test");
    },
    { auto: true },
  ],
});
