import { expect, test, type Page } from "./support/test";
import { seedArticle } from "./support/articles";
import { seedUser, testDb } from "./support/database";
import { signIn } from "./support/sign-in";

const AEJAZ = "Both remain neighbors and brothers and have a lot in common";
const MUJAHID = "We had a very good evening meeting with Pakistan's special representative";

const suggestions = (page: Page) => page.getByTestId("suggestion");
const quoteSuggestion = (page: Page, text: string) => suggestions(page).filter({ hasText: text });

/** The texts painted as suggestions (CSS Custom Highlight `fd-suggestion`). */
async function suggestedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const highlight = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.get("fd-suggestion");
    return [...(highlight ?? [])].map((r) => {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      return range.toString();
    });
  });
}

/** Presses ] until the suggestion holding `text` is the focused one. */
async function moveTo(page: Page, text: string) {
  for (let i = 0; i < 10; i++) {
    if (await quoteSuggestion(page, text).getAttribute("aria-current")) return;
    await page.keyboard.press("]");
  }
  await expect(quoteSuggestion(page, text)).toHaveAttribute("aria-current", "true");
}

test.describe("suggestions", () => {
  test("an editor sees the two quotes suggested with their speakers, accepts one with Enter, dismisses the other with Delete; both stick after a reload", async ({ page }) => {
    const editor = await seedUser("editor");
    const article = await seedArticle(editor);
    await signIn(page, editor);
    await page.goto(`/articles/${article.id}`);
    await expect(page.locator("html[data-suggestion-keys='on']")).toHaveCount(1);

    const group = page.getByTestId("suggestions");
    await expect(group.locator("summary")).toContainText(/Suggestions \(\d+\)/);
    await expect(quoteSuggestion(page, AEJAZ).getByTestId("suggestion-speaker")).toHaveText("Muhammad Aejaz");
    await expect(quoteSuggestion(page, MUJAHID).getByTestId("suggestion-speaker")).toHaveText("Zabihullah Mujahid");
    await expect(suggestions(page).and(page.locator("[data-kind='quote']"))).toHaveCount(2);
    await expect.poll(async () => (await suggestedTexts(page)).filter((t) => t.startsWith(AEJAZ) || t.startsWith(MUJAHID)).length).toBe(2);
    // Suggestions are not annotations: nothing in the list, nothing in progress.
    await expect(page.getByTestId("annotation-card")).toHaveCount(0);

    await page.getByTestId("article-text").click();
    await moveTo(page, AEJAZ);
    await page.keyboard.press("Enter");
    const form = page.getByRole("form", { name: "Save quote" });
    await expect(form.getByLabel("Speaker")).toHaveValue("Muhammad Aejaz");
    await form.getByRole("button", { name: "Save" }).click();
    await expect(page.getByTestId("annotation-card")).toHaveCount(1);
    await expect(quoteSuggestion(page, AEJAZ)).toHaveCount(0);

    await moveTo(page, MUJAHID);
    await page.keyboard.press("Delete");
    await expect(quoteSuggestion(page, MUJAHID)).toHaveCount(0);
    await expect.poll(() => testDb().suggestionDismissal.count({ where: { articleId: article.id, kind: "quote" } })).toBe(1);

    await page.reload();
    await expect(page.getByTestId("annotation-card")).toHaveCount(1);
    await expect(group.locator("summary")).toContainText(/Suggestions \(\d+\)/);
    await expect(suggestions(page).first()).toBeVisible();
    await expect(quoteSuggestion(page, MUJAHID)).toHaveCount(0);
    await expect(quoteSuggestion(page, AEJAZ)).toHaveCount(0);
    const stored = await testDb().annotation.findMany({ where: { articleId: article.id } });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ kind: "quote", status: "draft", authorId: editor.id, speaker: "Muhammad Aejaz" });
    expect(stored[0].exact.startsWith(AEJAZ)).toBe(true);
  });

  test("Shift+Enter saves a suggested allegation directly, with who alleges and against whom", async ({ page }) => {
    const editor = await seedUser("editor");
    const article = await seedArticle(editor);
    await signIn(page, editor);
    await page.goto(`/articles/${article.id}`);
    await expect(page.locator("html[data-suggestion-keys='on']")).toHaveCount(1);
    const allegation = suggestions(page).and(page.locator("[data-kind='allegation']"));
    await expect(allegation).toHaveCount(1);

    await page.getByTestId("article-text").click();
    await moveTo(page, "attributed to the banned Tehreek-e-Taliban Pakistan");
    await page.keyboard.press("Shift+Enter");
    await expect(page.getByTestId("annotation-card")).toHaveCount(1);
    await expect(allegation).toHaveCount(0);
    const stored = await testDb().annotation.findMany({ where: { articleId: article.id } });
    expect(stored).toMatchObject([{ kind: "allegation", status: "draft", allegedBy: "Pakistani security officials", allegedAgainst: "Tehreek-e-Taliban Pakistan" }]);
  });
});
