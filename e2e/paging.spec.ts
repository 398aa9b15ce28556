import { expect, test } from "./support/test";
import { seedAnnotation, seedArticle } from "./support/articles";
import { seedUser, testDb } from "./support/database";
import { signIn } from "./support/sign-in";

const PAGE_SIZE = 50;

test.describe("long lists come a page at a time", () => {
  test("the article list shows the next page with Load more, up to the oldest article, each once", async ({ page }) => {
    const editor = await seedUser("editor");
    const tag = `Paged ${Date.now().toString(36)}`;
    const count = PAGE_SIZE + 12;
    // Dated just before now, a millisecond apart: newer articles (other tests') stay above them,
    // older ones below, and no other test's article is pushed down by more than a few.
    const base = Date.now() - count - 1;
    await testDb().article.createMany({
      data: Array.from({ length: count }, (_, index) => ({ title: `${tag} #${index}`, createdById: editor.id, createdAt: new Date(base + index) })),
    });
    const link = (index: number) => table.getByRole("link", { name: `${tag} #${index}`, exact: true });

    await signIn(page, editor);
    await page.goto("/articles");
    const table = page.getByRole("region", { name: "Articles" });
    await expect(link(count - 1)).toBeVisible();
    await expect(link(0)).toHaveCount(0);
    await expect(table).toContainText(/articles loaded, more below/);
    for (let clicks = 0; (await link(0).count()) === 0; clicks++) {
      expect(clicks, "Load more reaches the oldest article").toBeLessThan(5);
      const rows = await table.getByRole("row").count();
      await table.getByRole("button", { name: "Load more articles" }).click();
      await expect.poll(() => table.getByRole("row").count()).toBeGreaterThan(rows);
    }
    await expect(link(0)).toBeVisible();
    // Each once, newest first, across the pages.
    const titles = (await table.getByRole("link", { name: new RegExp(`^${tag} #`) }).allTextContents()).map((title) => Number(title.split("#")[1]));
    expect(titles).toEqual(Array.from({ length: count }, (_, index) => count - 1 - index));
  });

  test("the review queue counts every waiting item and J walks past the first page to the last one", async ({ page }) => {
    const editor = await seedUser("editor");
    const reviewer = await seedUser("reviewer");
    const count = PAGE_SIZE + 10;
    const words = Array.from({ length: count }, (_, index) => `word${String(index).padStart(3, "0")}`);
    const article = await seedArticle(editor, { text: `${words.join(" ")}.` });
    const submitted = Date.UTC(2099, 0, 1); // after everything else in the queue
    for (const [index, exact] of words.entries()) {
      const annotation = await seedAnnotation(article, editor, { exact, kind: "claim", status: "submitted" });
      await testDb().annotation.update({ where: { id: annotation.id }, data: { submittedAt: new Date(submitted + index * 1_000) } });
    }

    await signIn(page, reviewer);
    await page.goto(`/review?article=${article.id}`);
    const items = page.getByTestId("queue-item");
    await expect(items).toHaveCount(PAGE_SIZE);
    await expect(page.getByText(`${count} waiting, ${PAGE_SIZE} loaded.`)).toBeVisible();
    await expect(page.locator("html[data-review-keys='on']")).toHaveCount(1);
    const selected = page.locator('[data-testid="queue-item"][aria-current="true"]');
    await expect(selected.getByTestId("queue-context")).toContainText("word000");

    for (let step = 1; step < PAGE_SIZE; step++) await page.keyboard.press("j");
    await expect(selected.getByTestId("queue-context").locator("mark")).toHaveText(words[PAGE_SIZE - 1]);
    // J on the last loaded item loads the next page (same filter) and moves into it.
    await page.keyboard.press("j");
    await expect(items).toHaveCount(count);
    await expect(selected.getByTestId("queue-context").locator("mark")).toHaveText(words[PAGE_SIZE]);
    await expect(page.getByText(`${count} waiting.`)).toBeVisible();
    for (let step = PAGE_SIZE + 1; step < count; step++) await page.keyboard.press("j");
    await expect(selected.getByTestId("queue-context").locator("mark")).toHaveText(words[count - 1]);
    await page.keyboard.press("k");
    await expect(selected.getByTestId("queue-context").locator("mark")).toHaveText(words[count - 2]);
    await expect(page.getByRole("button", { name: "Load more" })).toHaveCount(0);
  });
});
