import { expect, test, type Browser, type Page } from "./support/test";
import { SAMPLE_TEXT, seedAnnotation, seedArticle } from "./support/articles";
import { expectNoAxeViolations } from "./support/axe";
import { seedUser, type SeededUser } from "./support/database";
import { editorText, selectInEditor } from "./support/select-text";
import { signIn } from "./support/sign-in";

// A long article: the last paragraph is far below the top of the page.
const LAST = "The closing paragraph says the ceasefire held for nine days along the border.";
const LONG_TEXT = `${SAMPLE_TEXT.trim()}\n${SAMPLE_TEXT.trim().replaceAll("Doha", "Qatar's capital")}\n${LAST}`;

async function openEditor(browser: Browser, user: SeededUser, articleId: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await signIn(page, user);
  await page.goto(`/articles/${articleId}/edit`);
  await expect(editorText(page)).toContainText(LAST);
  return page;
}

test.describe("feedback after saving a revision", () => {
  test("the re-anchoring summary appears beside the Save button, in view and focused, on a long article", async ({ browser }) => {
    const editor = await seedUser("editor");
    const article = await seedArticle(editor, { text: LONG_TEXT });
    await seedAnnotation(article, editor, { exact: "the ceasefire held for nine days", kind: "claim" });
    const page = await openEditor(browser, editor, article.id);

    await selectInEditor(page, "nine days");
    await page.keyboard.type("eleven days");
    await page.getByRole("button", { name: "Save as revision 2" }).click();
    const summary = page.getByTestId("reanchor-summary");
    await expect(summary).toContainText("Revision 2 saved: 1 changed");
    await expect(summary).toBeInViewport();
    await expect(page.getByTestId("save-feedback")).toBeFocused();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
    await expectNoAxeViolations(page, '[data-testid="save-feedback"]');
    await page.context().close();
  });

  test("a save that overlaps another editor's brings the resolve view into sight and focus", async ({ browser }) => {
    const alice = await seedUser("editor", { name: "Alice Editor" });
    const bob = await seedUser("editor", { name: "Bob Editor" });
    const article = await seedArticle(alice, { text: LONG_TEXT });
    const [a, b] = [await openEditor(browser, alice, article.id), await openEditor(browser, bob, article.id)];

    await selectInEditor(a, "nine days");
    await a.keyboard.type("ten days");
    await a.getByRole("button", { name: "Save as revision 2" }).click();
    await expect(a.getByTestId("reanchor-summary")).toBeInViewport();

    await selectInEditor(b, "nine days");
    await b.keyboard.type("twelve days");
    await b.getByRole("button", { name: "Save as revision 2" }).click();
    const resolver = b.getByTestId("merge-resolver");
    await expect(resolver).toContainText("Alice Editor saved revision 2 while you were editing revision 1");
    await expect(b.getByTestId("merge-view")).toBeFocused();
    await expect(resolver).toBeInViewport({ ratio: 0.3 });
    await expectNoAxeViolations(b, '[data-testid="merge-view"]');
    await Promise.all([a.context().close(), b.context().close()]);
  });
});
