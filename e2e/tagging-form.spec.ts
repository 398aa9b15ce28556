import { expect, test, type Page } from "./support/test";
import { seedArticle } from "./support/articles";
import { expectNoAxeViolations } from "./support/axe";
import { seedUser } from "./support/database";
import { articleTextBox, dragSelect } from "./support/select-text";
import { signIn } from "./support/sign-in";

const QUOTE = "Both remain neighbors and brothers";
const OPERATION = "Operation Azm-e-Istehkam";
const MINISTER = "Federal Minister for Defence Khawaja Asif";

const toolbar = (page: Page) => page.getByTestId("selection-toolbar");
const confirm = (page: Page) => page.getByTestId("discard-confirm");
const browserSelection = (page: Page) => page.evaluate(() => window.getSelection()?.toString() ?? "");

async function openArticle(page: Page) {
  const editor = await seedUser("editor");
  const article = await seedArticle(editor);
  await signIn(page, editor);
  await page.goto(`/articles/${article.id}`);
  return article;
}

test.describe("the tagging form", () => {
  test("keeps typed input when another selection is tagged until the editor agrees to discard it", async ({ page }) => {
    await openArticle(page);
    await dragSelect(page, QUOTE);
    await expect(toolbar(page)).toBeVisible();
    await page.keyboard.press("q");
    const quoteForm = page.getByRole("form", { name: "Save quote" });
    await expect(quoteForm).toBeVisible();
    await expect(toolbar(page)).toBeHidden();
    await quoteForm.getByLabel("Speaker").fill("Muhammad Aejaz");

    // A new selection tagged from the keyboard asks first; keeping leaves the input as typed.
    await dragSelect(page, OPERATION);
    await page.keyboard.press("a");
    await expect(confirm(page)).toContainText("This quote has unsaved input. Discard it and tag the new selection?");
    await expect(confirm(page).getByRole("button", { name: "Keep editing" })).toBeFocused();
    await expectNoAxeViolations(page);
    await confirm(page).getByRole("button", { name: "Keep editing" }).click();
    await expect(confirm(page)).toBeHidden();
    await expect(quoteForm.getByLabel("Speaker")).toHaveValue("Muhammad Aejaz");
    await expect(quoteForm.getByTestId("form-quote")).toHaveText(QUOTE);

    // From the toolbar this time, and discarding.
    await dragSelect(page, MINISTER);
    await toolbar(page)
      .getByRole("button", { name: /Allegation/ })
      .click();
    await confirm(page).getByRole("button", { name: "Discard and tag the new selection" }).click();
    const allegationForm = page.getByRole("form", { name: "Save allegation" });
    await expect(allegationForm.getByTestId("form-quote")).toHaveText(MINISTER);
    await expect(quoteForm).toBeHidden();
    await expect(toolbar(page)).toBeHidden();
  });

  test("Escape returns to the selection (asking first when something was typed) and saving puts the toolbar away", async ({ page }) => {
    await openArticle(page);
    await dragSelect(page, OPERATION);
    await page.keyboard.press("a");
    const allegationForm = page.getByRole("form", { name: "Save allegation" });
    await expect(allegationForm.getByLabel("Alleged by")).toBeFocused();

    // Nothing typed: Escape closes at once, with focus and the selection back in the text.
    await page.keyboard.press("Escape");
    await expect(allegationForm).toBeHidden();
    await expect(page.getByTestId("article-text")).toBeFocused();
    await expect.poll(() => browserSelection(page)).toBe(OPERATION);
    await expect(toolbar(page)).toBeHidden();

    // The restored selection is tagged straight away; with input typed, Escape asks.
    await page.keyboard.press("c");
    const claimForm = page.getByRole("form", { name: "Save claim" });
    await claimForm.getByLabel("Claimant (who makes the claim)").fill("Khawaja Asif");
    await page.keyboard.press("Escape");
    await expect(confirm(page)).toContainText("This claim has unsaved input. Discard it?");
    await page.keyboard.press("Escape");
    await expect(confirm(page)).toBeHidden();
    await expect(claimForm.getByLabel("Claimant (who makes the claim)")).toHaveValue("Khawaja Asif");

    await claimForm.getByRole("button", { name: "Save" }).click();
    await expect(page.getByTestId("annotation-card")).toHaveCount(1);
    await expect(claimForm).toBeHidden();
    await expect(toolbar(page)).toBeHidden();
    await expect(page.getByTestId("article-text")).toBeFocused();
  });

  test("on a phone the form opens as a sheet at the bottom with the selection in sight above it", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
    const page = await context.newPage();
    await openArticle(page);
    await dragSelect(page, OPERATION);
    const button = toolbar(page).getByRole("button", { name: /Allegation/ });
    const target = await button.boundingBox();
    expect(target!.width).toBeGreaterThanOrEqual(24);
    expect(target!.height).toBeGreaterThanOrEqual(24);
    await button.click();

    const sheet = page.getByTestId("new-annotation");
    await expect(sheet.getByRole("form", { name: "Save allegation" })).toBeVisible();
    const box = (await sheet.boundingBox())!;
    expect(Math.round(box.y + box.height)).toBe(844);
    expect(box.width).toBe(390);
    const selected = await articleTextBox(page, OPERATION);
    expect(selected.top).toBeGreaterThanOrEqual(0);
    expect(selected.bottom).toBeLessThanOrEqual(box.y);
    await expectNoAxeViolations(page);
    await context.close();
  });
});
