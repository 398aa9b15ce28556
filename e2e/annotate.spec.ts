import { expect, test, type Page } from "./support/test";
import { seedArticle } from "./support/articles";
import { seedUser, testDb } from "./support/database";
import { highlightedTexts } from "./support/highlights";
import { clickBefore, dragSelect } from "./support/select-text";
import { signIn } from "./support/sign-in";

const QUOTE = "Both remain neighbors and brothers";
const CLAIM = "have a lot in common, including a strong desire for regional peace";

const cards = (page: Page) => page.getByTestId("annotation-card");

test.describe("annotating an article", () => {
  test("an editor tags a quote and an overlapping claim; both survive a reload and another editor sees them", async ({ page, browser }) => {
    const editor = await seedUser("editor");
    const article = await seedArticle(editor);
    await signIn(page, editor);
    await page.goto(`/articles/${article.id}`);
    await expect(page.getByRole("heading", { name: article.title })).toBeVisible();

    await dragSelect(page, QUOTE);
    await expect(page.getByTestId("selection-toolbar")).toBeVisible();
    await page.keyboard.press("q");
    const form = page.getByRole("form", { name: "Save quote" });
    await expect(form.getByTestId("form-quote")).toHaveText(QUOTE);
    await form.getByLabel("Speaker").fill("Muhammad Aejaz");
    await form.getByRole("button", { name: "Save" }).click();
    await expect(cards(page)).toHaveCount(1);
    await expect.poll(() => highlightedTexts(page, "quote")).toEqual([QUOTE]);

    // An overlapping claim, tagged from the toolbar this time.
    await dragSelect(page, CLAIM);
    await page.getByTestId("selection-toolbar").getByRole("button", { name: /Claim/ }).click();
    const claimForm = page.getByRole("form", { name: "Save claim" });
    await claimForm.getByLabel("Claimant (who makes the claim)").fill("Muhammad Aejaz");
    await claimForm.getByLabel("Verdict").selectOption("mostly_true");
    await claimForm.getByRole("button", { name: "Save" }).click();
    await expect(cards(page)).toHaveCount(2);

    await page.reload();
    await expect(cards(page)).toHaveCount(2);
    await expect.poll(() => highlightedTexts(page, "quote")).toEqual([QUOTE]);
    await expect.poll(() => highlightedTexts(page, "claim")).toEqual([CLAIM]);
    await expect(cards(page).nth(0)).toContainText(QUOTE);
    await expect(cards(page).nth(1)).toContainText("Mostly true");

    const stored = await testDb().annotation.findMany({ where: { articleId: article.id }, orderBy: { start: "asc" } });
    expect(stored.map((a) => [a.kind, a.exact])).toEqual([
      ["quote", QUOTE],
      ["claim", CLAIM],
    ]);
    expect(stored[0].speaker).toBe("Muhammad Aejaz");
    expect(Array.from(article.text).slice(stored[0].start, stored[0].end).join("")).toBe(QUOTE);

    const other = await seedUser("editor");
    const context = await browser.newContext();
    const otherPage = await context.newPage();
    await signIn(otherPage, other);
    await otherPage.goto(`/articles/${article.id}`);
    await expect(cards(otherPage)).toHaveCount(2);
    await expect.poll(() => highlightedTexts(otherPage, "quote")).toEqual([QUOTE]);
    await context.close();
  });

  test("selects with Shift+arrows, clicks a highlight to open its card, filters, edits and deletes", async ({ page }) => {
    const editor = await seedUser("editor");
    const article = await seedArticle(editor);
    await signIn(page, editor);
    await page.goto(`/articles/${article.id}`);

    await clickBefore(page, "Operation Azm-e-Istehkam");
    for (let i = 0; i < "Operation Azm-e-Istehkam".length; i += 1) await page.keyboard.press("Shift+ArrowRight");
    await page.keyboard.press("a");
    const form = page.getByRole("form", { name: "Save allegation" });
    await expect(form.getByTestId("form-quote")).toHaveText("Operation Azm-e-Istehkam");
    await form.getByRole("button", { name: "Save" }).click();
    await expect(form.getByText("Alleged by is required")).toBeVisible();
    await form.getByLabel("Alleged by").fill("Federal Minister for Defence Khawaja Asif");
    await form.getByLabel("Alleged against").fill("The Afghan government");
    await form.getByRole("button", { name: "Save" }).click();
    await expect(cards(page)).toHaveCount(1);

    // Clicking the highlight opens its card.
    await expect.poll(() => highlightedTexts(page, "allegation")).toEqual(["Operation Azm-e-Istehkam"]);
    await page
      .getByRole("button", { name: /Allegation/ })
      .first()
      .click(); // collapse
    await clickBefore(page, "Azm-e-Istehkam");
    const card = cards(page).first();
    await expect(card).toHaveAttribute("aria-current", "true");
    await expect(card).toContainText("The Afghan government");

    // Filters hide and show it.
    await page.getByLabel("Allegations").uncheck();
    await expect(cards(page)).toHaveCount(0);
    await page.getByLabel("Allegations").check();
    await expect(cards(page)).toHaveCount(1);

    await clickBefore(page, "Azm-e-Istehkam");
    await card.getByRole("button", { name: "Edit" }).click();
    await card.getByLabel("Alleged against").fill("The Afghan interim government");
    await card.getByRole("button", { name: "Save changes" }).click();
    await expect(card).toContainText("The Afghan interim government");

    await card.getByRole("button", { name: "Delete" }).click();
    await card.getByRole("button", { name: "Yes, delete" }).click();
    await expect(cards(page)).toHaveCount(0);
    await expect.poll(() => highlightedTexts(page, "allegation")).toEqual([]);
    const row = await testDb().annotation.findFirstOrThrow({ where: { articleId: article.id } });
    expect(row.deletedAt).not.toBeNull();
    expect(await testDb().auditEvent.count({ where: { entityId: row.id } })).toBe(3);
  });
});
