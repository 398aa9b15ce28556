import { expect, test, type Page } from "./support/test";
import { seedAnnotation, seedArticle } from "./support/articles";
import { expectNoAxeViolations } from "./support/axe";
import { seedUser } from "./support/database";
import { highlightedTexts } from "./support/highlights";
import { clickBefore } from "./support/select-text";
import { signIn } from "./support/sign-in";

const OUTER = "Both remain neighbors and brothers and have a lot in common, including a strong desire for regional peace and security";
const MIDDLE = "Both remain neighbors and brothers";
const INNER = "neighbors and brothers";

const selectedCard = (page: Page) => page.locator('[data-testid="annotation-card"][aria-current="true"]');
const chooser = (page: Page) => page.getByTestId("overlap-chooser");
/** How many ranges a named highlight paints (overlap marks are not DOM elements). */
const painted = (page: Page, name: string) => page.evaluate((n) => (CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights.get(n)?.size ?? 0, name);

async function openArticleWithLayers(page: Page) {
  const editor = await seedUser("editor");
  const article = await seedArticle(editor);
  await seedAnnotation(article, editor, { exact: OUTER, kind: "claim" });
  await seedAnnotation(article, editor, { exact: MIDDLE, kind: "quote" });
  await seedAnnotation(article, editor, { exact: INNER, kind: "allegation" });
  await signIn(page, editor);
  await page.goto(`/articles/${article.id}`);
  await expect(page.locator('[data-highlights="3"]')).toBeAttached();
}

test.describe("overlapping annotations", () => {
  test("the text shows how many layers a place has, and a click lists them all; clicking again cycles", async ({ page }) => {
    await openArticleWithLayers(page);
    // Two layers over "Both remain …" and three over "neighbors and brothers".
    await expect.poll(() => painted(page, "fd-layers-2")).toBeGreaterThan(0);
    await expect.poll(() => painted(page, "fd-layers-3")).toBe(1);

    await clickBefore(page, "rothers and have");
    await expect(chooser(page)).toBeVisible();
    await expect(chooser(page)).toContainText("3 annotations here");
    const choices = chooser(page).locator("button[data-annotation-choice]");
    await expect(choices).toHaveText([/Allegation\s*neighbors and brothers/, /Quote\s*Both remain/, /Claim\s*Both remain/]);
    await expect(selectedCard(page)).toHaveAttribute("aria-label", `Allegation: ${INNER}`);
    await expect(choices.nth(0)).toHaveAttribute("aria-pressed", "true");
    await expect.poll(() => highlightedTexts(page, "active")).toEqual([INNER]);

    await clickBefore(page, "rothers and have");
    await expect(selectedCard(page)).toHaveAttribute("aria-label", `Quote: ${MIDDLE}`);
    await expect(choices.nth(1)).toHaveAttribute("aria-pressed", "true");
    await clickBefore(page, "rothers and have");
    await expect(selectedCard(page)).toHaveAttribute("aria-label", `Claim: ${OUTER.slice(0, 80)}`);
    await clickBefore(page, "rothers and have");
    await expect(selectedCard(page)).toHaveAttribute("aria-label", `Allegation: ${INNER}`);

    // Picking from the list.
    await chooser(page).getByRole("button", { name: /Quote/ }).click();
    await expect(selectedCard(page)).toHaveAttribute("aria-label", `Quote: ${MIDDLE}`);
    await expectNoAxeViolations(page);

    // A place with one annotation selects it and shows no list.
    await clickBefore(page, "lot in common");
    await expect(selectedCard(page)).toHaveAttribute("aria-label", `Claim: ${OUTER.slice(0, 80)}`);
    await expect(chooser(page)).toBeHidden();
  });

  test("from the keyboard: Enter at the caret lists the layers, arrows move, Enter picks, Escape returns to the text", async ({ page }) => {
    await openArticleWithLayers(page);
    await clickBefore(page, "rothers and have");
    await expect(chooser(page)).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(chooser(page)).toBeHidden();
    await expect(page.getByTestId("article-text")).toBeFocused();

    await page.keyboard.press("Enter");
    await expect(chooser(page)).toBeVisible();
    const choices = chooser(page).locator("button[data-annotation-choice]");
    await expect(choices.nth(1)).toBeFocused();
    await expect(choices.nth(1)).toHaveAttribute("aria-pressed", "true");
    await page.keyboard.press("ArrowDown");
    await expect(choices.nth(2)).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(selectedCard(page)).toHaveAttribute("aria-label", `Claim: ${OUTER.slice(0, 80)}`);
    await expect(choices.nth(2)).toHaveAttribute("aria-pressed", "true");
    await page.keyboard.press("ArrowDown");
    await expect(choices.nth(0)).toBeFocused();
    await expectNoAxeViolations(page);
    await page.keyboard.press("Escape");
    await expect(chooser(page)).toBeHidden();
    await expect(page.getByTestId("article-text")).toBeFocused();
  });

  test("overlapping kinds keep their own colours and the focused one has a colour no kind uses", async ({ page }) => {
    await openArticleWithLayers(page);
    const styles = await page.evaluate(() => {
      const style = (name: string) => {
        for (const sheet of document.styleSheets) {
          for (const rule of sheet.cssRules) if (rule instanceof CSSStyleRule && rule.selectorText === `::highlight(${name})`) return rule.style;
        }
        return null;
      };
      return Object.fromEntries(["fd-claim", "fd-quote", "fd-allegation", "fd-active"].map((n) => [n, { bg: style(n)?.backgroundColor ?? "", line: style(n)?.textDecoration ?? "" }]));
    });
    // Each kind has its own line style; the focused one a double line.
    expect(new Set([styles["fd-claim"].line, styles["fd-quote"].line, styles["fd-allegation"].line, styles["fd-active"].line]).size).toBe(4);
    expect(styles["fd-active"].line).toContain("double");
    expect(styles["fd-active"].bg).not.toBe(styles["fd-claim"].bg);
  });
});
