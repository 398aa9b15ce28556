import { expect, test, type Page } from "./support/test";
import { seedArticle } from "./support/articles";
import { expectNoAxeViolations } from "./support/axe";
import { seedUser } from "./support/database";
import { signIn } from "./support/sign-in";

const FIRST = "Pakistani diplomats and an Afghan Taliban delegation led by Zabihullah Mujahid convened on the sidelines of the Doha-III conference.";
const SECOND_START = "The discussions aimed at bolstering bilateral relations";

const browserSelection = (page: Page) => page.evaluate(() => window.getSelection()?.toString() ?? "");
const announcement = (page: Page) => page.getByTestId("selection-announcement");

test.describe("selecting without a mouse", () => {
  test("Tab to the text, select a sentence with one key, extend and shrink by word, tag with C and save with Enter", async ({ page }) => {
    const editor = await seedUser("editor");
    const article = await seedArticle(editor);
    await signIn(page, editor);
    await page.goto(`/articles/${article.id}`);
    const text = page.getByTestId("article-text");
    await expect(text).toBeVisible();
    await expect(page.locator("html[data-review-keys='on']")).toBeAttached();

    // Only the keyboard from here on.
    for (let i = 0; i < 60 && !(await text.evaluate((el) => el === document.activeElement)); i += 1) await page.keyboard.press("Tab");
    await expect(text).toBeFocused();
    const ring = await text.evaluate((el) => getComputedStyle(el));
    expect(ring.outlineStyle).not.toBe("none");
    expect(parseFloat(ring.outlineWidth)).toBeGreaterThanOrEqual(2);

    await page.keyboard.press("+");
    await expect.poll(() => browserSelection(page)).toBe("Pakistani");
    await page.keyboard.press("+");
    await page.keyboard.press("+");
    await expect.poll(() => browserSelection(page)).toBe("Pakistani diplomats and");
    await page.keyboard.press("-");
    await expect.poll(() => browserSelection(page)).toBe("Pakistani diplomats");
    await expect(announcement(page)).toHaveText("Selected: Pakistani diplomats, 2 words");

    await page.keyboard.press(".");
    await expect.poll(() => browserSelection(page)).toBe(FIRST);
    // A long selection is read out shortened, with its length in words.
    await expect(announcement(page)).toHaveText(`Selected: ${FIRST.slice(0, 119)}…, 20 words`);
    await page.keyboard.press(".");
    await expect.poll(() => browserSelection(page)).toMatch(new RegExp(`^${SECOND_START}.*\\.$`));
    await page.keyboard.press(",");
    await expect.poll(() => browserSelection(page)).toBe(FIRST);

    await page.keyboard.press("c");
    const form = page.getByRole("form", { name: "Save claim" });
    await expect(form.getByTestId("form-quote")).toHaveText(FIRST);
    await expect(form.getByLabel("Claimant (who makes the claim)")).toBeFocused();
    await page.keyboard.type("Dawn");
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("annotation-card")).toHaveCount(1);
    await expect(page.getByTestId("annotation-card")).toContainText(FIRST.slice(0, 40));
    await expect(text).toBeFocused();

    // The same sentence again: the duplicate warning shows before saving.
    await page.keyboard.press(",");
    await expect.poll(() => browserSelection(page)).toBe(FIRST);
    await page.keyboard.press("c");
    await expect(page.getByTestId("duplicate-warning")).toBeVisible();
    await expectNoAxeViolations(page);
    await page.keyboard.press("Escape");
    await expect(text).toBeFocused();
  });

  test("words and sentences are found in Urdu too, and the caret moves by them", async ({ page }) => {
    const editor = await seedUser("editor");
    const urdu = "وزیر دفاع نے کہا کہ آپریشن جاری رہے گا۔ ناقدین نے اس دعوے کو مسترد کر دیا۔\nدوسرا پیراگراف یہاں ہے۔";
    const article = await seedArticle(editor, { text: urdu });
    await signIn(page, editor);
    await page.goto(`/articles/${article.id}`);
    const text = page.getByTestId("article-text");
    await text.focus();
    await page.keyboard.press(")");
    await page.keyboard.press(".");
    await expect.poll(() => browserSelection(page)).toBe("ناقدین نے اس دعوے کو مسترد کر دیا۔");
    await expect(announcement(page)).toHaveText("Selected: ناقدین نے اس دعوے کو مسترد کر دیا۔, 8 words");
    await page.keyboard.press("-");
    await expect.poll(() => browserSelection(page)).toBe("ناقدین نے اس دعوے کو مسترد کر");
    await page.keyboard.press(".");
    await page.keyboard.press(".");
    await expect.poll(() => browserSelection(page)).toBe("دوسرا پیراگراف یہاں ہے۔");
    await page.keyboard.press("q");
    await expect(page.getByRole("form", { name: "Save quote" }).getByTestId("form-quote")).toHaveText("دوسرا پیراگراف یہاں ہے۔");
  });
});
