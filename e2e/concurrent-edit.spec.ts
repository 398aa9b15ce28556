import { expect, test, type Browser, type Page } from "./support/test";
import { expectNoAxeViolations } from "./support/axe";
import { seedArticle } from "./support/articles";
import { seedUser, testDb, type SeededUser } from "./support/database";
import { signIn } from "./support/sign-in";
import { caretAtParagraphStart } from "./support/editor-caret";

const FIRST = "Pakistani diplomats and an Afghan Taliban delegation";
const THIRD = "Pakistan's Ambassador to Qatar, Muhammad Aejaz";
const NINTH = "Mujahid took to the microblogging platform";

const editorText = (page: Page) => page.getByTestId("article-editor");

/** A second browser (its own cookies) signed in as `user` on the article's edit page. */
async function openEditor(browser: Browser, user: SeededUser, articleId: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, user);
  await page.goto(`/articles/${articleId}/edit`);
  await expect(editorText(page)).toBeVisible();
  return page;
}

/** Types `words` at the start of the paragraph that begins with `paragraph`, through the keyboard. */
async function typeAtParagraphStart(page: Page, paragraph: string, words: string) {
  await caretAtParagraphStart(page, paragraph);
  await page.keyboard.type(words);
  await expect(editorText(page)).toContainText(`${words}${paragraph}`);
}

async function latestText(articleId: string) {
  const article = await testDb().article.findUniqueOrThrow({ where: { id: articleId }, select: { currentRevision: true } });
  const revision = await testDb().articleRevision.findUniqueOrThrow({ where: { articleId_number: { articleId, number: article.currentRevision } } });
  return { number: article.currentRevision, text: revision.text };
}

test.describe("two editors editing the same article", () => {
  test("edits to different paragraphs saved one after the other are both in the new revision", async ({ browser }) => {
    const alice = await seedUser("editor", { name: "Alice Editor" });
    const bob = await seedUser("editor", { name: "Bob Editor" });
    const article = await seedArticle(alice);
    const [a, b] = [await openEditor(browser, alice, article.id), await openEditor(browser, bob, article.id)];

    await typeAtParagraphStart(a, FIRST, "Alice says: ");
    await typeAtParagraphStart(b, NINTH, "Bob adds: ");
    await a.getByRole("button", { name: "Save as revision 2" }).click();
    await expect(a.getByTestId("reanchor-summary")).toContainText("Revision 2 saved");

    await b.getByRole("button", { name: "Save as revision 2" }).click();
    await expect(b.getByTestId("merge-notice")).toContainText("merged with revision 2 by Alice Editor");
    await expect(b.getByTestId("reanchor-summary")).toContainText("Revision 3 saved");
    await expect(editorText(b)).toContainText(`Alice says: ${FIRST}`);
    await expect(editorText(b)).toContainText(`Bob adds: ${NINTH}`);

    const saved = await latestText(article.id);
    expect(saved.number).toBe(3);
    expect(saved.text).toContain(`Alice says: ${FIRST}`);
    expect(saved.text).toContain(`Bob adds: ${NINTH}`);
    await b.goto(`/articles/${article.id}/revisions`);
    await expect(b.getByTestId("revision-row-3")).toContainText("merged with revision 2");
    await Promise.all([a.context().close(), b.context().close()]);
  });

  test("overlapping edits open the resolve view; the choice is saved and nothing typed is lost", async ({ browser }) => {
    const alice = await seedUser("editor", { name: "Alice Editor" });
    const bob = await seedUser("editor", { name: "Bob Editor" });
    const article = await seedArticle(alice);
    const [a, b] = [await openEditor(browser, alice, article.id), await openEditor(browser, bob, article.id)];

    await typeAtParagraphStart(a, THIRD, "Alice's version: ");
    await typeAtParagraphStart(b, THIRD, "Bob's version: ");
    await typeAtParagraphStart(b, NINTH, "Bob elsewhere: ");
    await a.getByRole("button", { name: "Save as revision 2" }).click();
    await expect(a.getByTestId("reanchor-summary")).toContainText("Revision 2 saved");

    await b.getByRole("button", { name: "Save as revision 2" }).click();
    const resolver = b.getByTestId("merge-resolver");
    await expect(resolver).toBeVisible();
    await expect(resolver).toContainText("Alice Editor saved revision 2 while you were editing revision 1");
    const passage = resolver.getByTestId("merge-conflict");
    await expect(passage).toHaveCount(1);
    await expect(passage.getByTestId("conflict-theirs")).toContainText(`Alice's version: ${THIRD}`);
    await expect(passage.getByTestId("conflict-mine")).toContainText(`Bob's version: ${THIRD}`);
    await expectNoAxeViolations(b, "merge-conflict view");
    // Nothing saved yet, and Bob's own text is still in his editor.
    expect((await latestText(article.id)).number).toBe(2);
    await expect(editorText(b)).toContainText(`Bob's version: ${THIRD}`);

    // Choose with the keyboard: focus "Keep mine", arrow to "Keep theirs", then "Keep both".
    await passage.getByRole("radio", { name: "Keep mine" }).focus();
    await b.keyboard.press("Space");
    await b.keyboard.press("ArrowDown");
    await b.keyboard.press("ArrowDown");
    await expect(passage.getByRole("radio", { name: "Keep both (theirs, then mine)" })).toBeChecked();
    await resolver.getByRole("button", { name: "Save the merged text as revision 3" }).click();
    await expect(b.getByTestId("reanchor-summary")).toContainText("Revision 3 saved");
    await expect(resolver).toHaveCount(0);

    const saved = await latestText(article.id);
    expect(saved.number).toBe(3);
    expect(saved.text).toContain(`Alice's version: ${THIRD}`);
    expect(saved.text).toContain(`Bob's version: ${THIRD}`);
    expect(saved.text).toContain(`Bob elsewhere: ${NINTH}`);
    await expect(editorText(b)).toContainText(`Alice's version: ${THIRD}`);
    await expect(editorText(b)).toContainText(`Bob elsewhere: ${NINTH}`);
    await Promise.all([a.context().close(), b.context().close()]);
  });

  test("an overlapping edit can be written by hand", async ({ browser }) => {
    const alice = await seedUser("editor", { name: "Alice Editor" });
    const bob = await seedUser("editor", { name: "Bob Editor" });
    const article = await seedArticle(alice);
    const [a, b] = [await openEditor(browser, alice, article.id), await openEditor(browser, bob, article.id)];
    await typeAtParagraphStart(a, FIRST, "Alpha ");
    await typeAtParagraphStart(b, FIRST, "Beta ");
    await a.getByRole("button", { name: "Save as revision 2" }).click();
    await expect(a.getByTestId("reanchor-summary")).toContainText("Revision 2 saved");
    await b.getByRole("button", { name: "Save as revision 2" }).click();

    const passage = b.getByTestId("merge-conflict");
    await passage.getByRole("radio", { name: "Edit by hand" }).check();
    const handEditor = passage.getByTestId("conflict-hand-editor");
    await expect(handEditor).toContainText(`Beta ${FIRST}`);
    await handEditor.click();
    await b.keyboard.press("Control+Home");
    await b.keyboard.type("Gamma ");
    await b.getByRole("button", { name: "Save the merged text as revision 3" }).click();
    await expect(b.getByTestId("reanchor-summary")).toContainText("Revision 3 saved");
    expect((await latestText(article.id)).text).toContain(`Gamma Beta ${FIRST}`);
    await Promise.all([a.context().close(), b.context().close()]);
  });

  test("leaving the edit page with unsaved edits asks first", async ({ browser }) => {
    const alice = await seedUser("editor");
    const article = await seedArticle(alice);
    const page = await openEditor(browser, alice, article.id);
    const editUrl = page.url();
    await typeAtParagraphStart(page, FIRST, "Unsaved ");

    // An in-app link asks; staying keeps the edits.
    const asked: string[] = [];
    page.once("dialog", (dialog) => {
      asked.push(dialog.type());
      void dialog.dismiss();
    });
    await page.getByRole("link", { name: "Cancel" }).click();
    await expect.poll(() => asked).toEqual(["confirm"]);
    expect(page.url()).toBe(editUrl);
    await expect(editorText(page)).toContainText(`Unsaved ${FIRST}`);

    // Reloading or closing the tab asks through the browser's own prompt.
    page.once("dialog", (dialog) => {
      asked.push(dialog.type());
      void dialog.dismiss();
    });
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => asked).toEqual(["confirm", "beforeunload"]);
    expect(page.isClosed()).toBe(false);
    await expect(editorText(page)).toContainText(`Unsaved ${FIRST}`);

    // Leaving on purpose works.
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("link", { name: "Cancel" }).click();
    await expect(page).toHaveURL(new RegExp(`/articles/${article.id}$`));
    await page.context().close();
  });
});
