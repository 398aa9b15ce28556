import { expect, test, type Page } from "./support/test";
import { formatCalendarDate } from "../lib/dates/format-date-time";
import { seedUser, testDb } from "./support/database";
import { signIn } from "./support/sign-in";

const ARTICLE_URL = /\/articles\/(?!new\b)[a-z0-9]+$/;

function uniqueTitle(label: string) {
  return `${label} ${Date.now()}-${Math.random().toString(36).slice(2, 7)}`;
}

async function openNewArticleForm(page: Page) {
  await page.goto("/articles");
  await page.getByRole("link", { name: "Add article" }).click();
  await expect(page).toHaveURL(/\/articles\/new$/);
  await expect(page.getByRole("heading", { level: 1, name: "Add an article" })).toBeVisible();
}

function articleIdFrom(page: Page): string {
  const match = /\/articles\/([a-z0-9]+)$/.exec(new URL(page.url()).pathname);
  if (!match) throw new Error(`Not on an article page: ${page.url()}`);
  return match[1];
}

test.describe("adding articles", () => {
  test("an editor pastes plain text, lands on the article, and finds it in the list with zero counts", async ({ page }) => {
    const editor = await seedUser("editor");
    await signIn(page, editor);
    await openNewArticleForm(page);
    await expect(page.getByRole("region", { name: "Import" })).toBeVisible();

    // Client-side validation first: nothing is sent without a title and a body.
    await page.getByRole("button", { name: "Add article" }).click();
    await expect(page.getByText("Title is required")).toBeVisible();
    await expect(page.getByText("Paste the article's body")).toBeVisible();
    await expect(page.getByLabel("Title")).toBeFocused();
    await page.getByLabel("Original URL").fill("ftp://example.org/x");
    await page.getByRole("button", { name: "Add article" }).click();
    await expect(page.getByText("Must be an http(s) URL")).toBeVisible();

    const title = uniqueTitle("Minister promises power");
    await page.getByLabel("Title").fill(title);
    await page.getByLabel("Outlet").fill("Daily Example");
    await page.getByLabel("Byline").fill("Sana Reporter");
    await page.getByLabel("Original URL").fill("https://news.example/power");
    await page.getByLabel("Publication date").fill("2024-06-22");
    await expect(page.getByRole("radio", { name: "Plain text" })).toBeChecked();
    await page.getByLabel("Article text").fill("The minister said power would reach every home by June.\n\nCritics disagree.");
    await page.getByRole("button", { name: "Add article" }).click();

    await expect(page).toHaveURL(ARTICLE_URL);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    const id = articleIdFrom(page);
    const revision = await testDb().articleRevision.findFirstOrThrow({ where: { articleId: id, number: 1 } });
    expect(revision.source).toBe("text");
    expect(revision.text).toBe("The minister said power would reach every home by June.\nCritics disagree.");

    await page.goto("/articles");
    const row = page.getByTestId(`article-row-${id}`);
    await expect(row.getByRole("link", { name: title })).toHaveAttribute("href", `/articles/${id}`);
    await expect(row).toContainText("Daily Example");
    // In the browser's language (Playwright's default en-US).
    await expect(row).toContainText(formatCalendarDate("2024-06-22", { locale: "en-US" }));
    for (const kind of ["claim", "quote", "allegation", "awaiting-review"]) await expect(row.getByTestId(`count-${kind}`)).toHaveText(/^0/);
    await expect(row.getByTestId("count-orphaned")).toContainText("none");

    await page.getByLabel("Filter by title or outlet").fill(title.slice(0, 20));
    await expect(row).toBeVisible();
    await page.getByLabel("Filter by title or outlet").fill("no such article anywhere");
    await expect(row).toHaveCount(0);
    await expect(page.getByText("No article matches")).toBeVisible();
  });

  test("pasted HTML is stored without scripts, event handlers or javascript: links", async ({ page }) => {
    const editor = await seedUser("editor");
    await signIn(page, editor);
    await openNewArticleForm(page);
    const title = uniqueTitle("HTML paste");
    await page.getByLabel("Title").fill(title);
    await page.getByRole("radio", { name: "HTML (formatting kept, cleaned of scripts)" }).check();
    await page
      .getByLabel("Article HTML")
      .fill(
        '<h2>Power for all</h2><script>window.__pwned = 1</script><p onclick="alert(1)">The <strong>minister</strong> said so. <a href="javascript:alert(2)">Click me</a> and <a href="https://source.example/report">the report</a>.</p>',
      );
    await page.getByRole("button", { name: "Add article" }).click();
    await expect(page).toHaveURL(ARTICLE_URL);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

    const revision = await testDb().articleRevision.findFirstOrThrow({ where: { articleId: articleIdFrom(page), number: 1 } });
    expect(revision.source).toBe("html");
    const json = JSON.stringify(revision.doc);
    expect(json).not.toMatch(/script|__pwned|onclick|alert|javascript:/i);
    expect(json).toContain("https://source.example/report");
    expect(json).toContain('"bold"');
    expect(revision.text).toContain("Power for all");
    expect(revision.text).toContain("Click me");
  });

  test("the server refuses an HTML paste with no text, under the body field", async ({ page }) => {
    const editor = await seedUser("editor");
    await signIn(page, editor);
    await openNewArticleForm(page);
    const title = uniqueTitle("Empty HTML");
    await page.getByLabel("Title").fill(title);
    await page.getByRole("radio", { name: /HTML/ }).check();
    await page.getByLabel("Article HTML").fill("<script>alert(1)</script><p>   </p>");
    await page.getByRole("button", { name: "Add article" }).click();
    await expect(page.getByText("The article body is empty")).toBeVisible();
    await expect(page).toHaveURL(/\/articles\/new$/);
    expect(await testDb().article.count({ where: { title } })).toBe(0);
  });

  test("a reviewer can't add articles: no button, and /articles/new is the 403 page", async ({ page }) => {
    const reviewer = await seedUser("reviewer");
    await signIn(page, reviewer);
    await page.goto("/articles");
    await expect(page.getByRole("heading", { level: 1, name: "Articles" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Add article" })).toHaveCount(0);
    const response = await page.goto("/articles/new");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "You don't have access to this page" })).toBeVisible();
  });
});
