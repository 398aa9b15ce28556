import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Page } from "./support/test";
import { startArticleServer, type ArticleServer } from "../lib/import/test-support/article-server";
import { buildDocx, sampleArticleBlocks } from "../lib/import/test-support/build-docx";
import { seedArticle } from "./support/articles";
import { seedUser, testDb } from "./support/database";
import { signIn } from "./support/sign-in";

let server: ArticleServer;
let dir: string;

test.beforeAll(async () => {
  server = await startArticleServer();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-import-"));
});
test.afterAll(async () => {
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Writes a file for `setInputFiles`, as a person would pick one from disk. */
function writeFile(name: string, data: Buffer | string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, data);
  return file;
}

const importPanel = (page: Page) => page.getByTestId("import-article-panel");
const ARTICLE_URL = /\/articles\/(?!new\b)[a-z0-9]+$/;

test.describe("importing articles", () => {
  test("an editor uploads a .docx and lands on the new article with its title, byline and formatting", async ({ page }) => {
    const editor = await seedUser("editor");
    const file = writeFile("minister-exports.docx", await buildDocx(sampleArticleBlocks()));
    await signIn(page, editor);
    await page.goto("/articles/new");
    await importPanel(page).getByLabel("File", { exact: true }).setInputFiles(file);
    await importPanel(page).getByRole("button", { name: "Import file" }).click();

    await expect(page).toHaveURL(ARTICLE_URL);
    await expect(page.getByRole("heading", { level: 1, name: "Minister claims record export growth" })).toBeVisible();
    await expect(page.getByText("Jane Doe and Ali Khan").first()).toBeVisible();
    const text = page.getByTestId("article-text");
    await expect(text).toContainText("The minister said exports grew by 12 per cent in 2023");
    await expect(text.locator("strong")).toHaveText("12 per cent");
    await expect(text.locator("h2")).toHaveText("What was said");
    await expect(text.locator('a[href="https://stats.example.org/report"]')).toHaveText("the bureau's report");
    await expect(text.locator('a[href^="javascript"]')).toHaveCount(0);
    const article = await testDb().article.findFirstOrThrow({ where: { createdById: editor.id }, include: { revisions: true } });
    expect(article.revisions.map((r) => r.source)).toEqual(["docx"]);
  });

  test("an editor imports a web page by its address: the article, its byline and date, no scripts", async ({ page }) => {
    const editor = await seedUser("editor");
    await signIn(page, editor);
    await page.goto("/articles/new");
    await importPanel(page).getByLabel("Web address").fill(`${server.base}/article`);
    await importPanel(page).getByRole("button", { name: "Import page" }).click();

    await expect(page).toHaveURL(ARTICLE_URL);
    await expect(page.getByRole("heading", { level: 1, name: "Minister claims record export growth" })).toBeVisible();
    await expect(page.getByText(/Jane Doe/).first()).toBeVisible();
    await expect(page.getByRole("link", { name: `${server.base}/article` })).toBeVisible();
    const text = page.getByTestId("article-text");
    await expect(text).toContainText("exports grew by 12 per cent last year");
    await expect(text).not.toContainText("Privacy");
    await expect(text.locator("[onclick], [onerror], img, script")).toHaveCount(0);
    const article = await testDb().article.findFirstOrThrow({ where: { createdById: editor.id } });
    expect(article.publishedOn?.toISOString().slice(0, 10)).toBe("2024-06-22");
  });

  test("a bad file or a page without an article says what went wrong, and nothing is saved", async ({ page }) => {
    const editor = await seedUser("editor");
    await signIn(page, editor);
    await page.goto("/articles/new");
    await importPanel(page).getByLabel("File", { exact: true }).setInputFiles(writeFile("not-really.docx", "plain text pretending to be Word"));
    await importPanel(page).getByRole("button", { name: "Import file" }).click();
    await expect(importPanel(page).getByRole("alert")).toHaveText("This file isn't a Word document (.docx).");

    await importPanel(page).getByLabel("File", { exact: true }).setInputFiles(writeFile("scan.pdf", "%PDF-1.7"));
    await importPanel(page).getByRole("button", { name: "Import file" }).click();
    await expect(importPanel(page).getByRole("alert")).toContainText("This kind of file can't be imported");

    await importPanel(page).getByLabel("Web address").fill(`${server.base}/no-article`);
    await importPanel(page).getByRole("button", { name: "Import page" }).click();
    await expect(importPanel(page).getByRole("alert")).toContainText("No article text was found on this page");

    await importPanel(page).getByLabel("Web address").fill(`${server.base}/missing`);
    await importPanel(page).getByRole("button", { name: "Import page" }).click();
    await expect(importPanel(page).getByRole("alert")).not.toHaveText("");
    await expect(page).toHaveURL(/\/articles\/new$/);
    expect(await testDb().article.count({ where: { createdById: editor.id } })).toBe(0);
  });

  test("the edit page replaces the text by importing a page; saving makes a revision from it", async ({ page }) => {
    const editor = await seedUser("editor");
    const article = await seedArticle(editor);
    await signIn(page, editor);
    await page.goto(`/articles/${article.id}/edit`);
    await expect(page.getByTestId("article-editor")).toContainText("Aejaz's reaction on X");
    await page.getByText("Replace by import (.docx, .md, .html, URL)").click();
    await page.getByLabel("…or web address").fill(`${server.base}/article`);
    await page.getByRole("button", { name: "Import into the editor" }).click();
    await expect(page.getByTestId("article-editor")).toContainText("exports grew by 12 per cent last year");
    await expect(page.getByTestId("article-editor")).not.toContainText("Aejaz");
    await page.getByRole("button", { name: "Save as revision 2" }).click();
    await expect(page.getByTestId("reanchor-summary")).toContainText("Revision 2 saved");
    const revision = await testDb().articleRevision.findFirstOrThrow({ where: { articleId: article.id, number: 2 } });
    expect(revision.source).toBe("url");
    expect(revision.text).toContain("exports grew by 12 per cent");
  });
});
