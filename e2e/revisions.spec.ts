import { expect, test, type Page } from "./support/test";
import { seedAnnotation as seedStoredAnnotation, seedArticle } from "./support/articles";
import { seedUser, testDb, type SeededUser } from "./support/database";
import { dragSelect, editorText, selectInEditor } from "./support/select-text";
import { signIn } from "./support/sign-in";
import { caretAtParagraphStart } from "./support/editor-caret";

const QUOTE = "Both remain neighbors and brothers and have a lot in common, including a strong desire for regional peace and security.";
const CLAIM = "Pakistan launches Operation Azm-e-Istehkam, a renewed national counter-terrorism initiative";
const CLAIM_AFTER = "Pakistan launches Operation Azm-e-Istehkam, a new national anti-terror initiative";
const DELETED_SENTENCE = 'Diplomatic sources described the meeting as "unusual" but positive, noting that the Taliban representatives also engaged with an Indian delegation in Doha.';
const ALLEGATION = 'Diplomatic sources described the meeting as "unusual" but positive';
const UNCHANGED = [
  "Pakistani diplomats and an Afghan Taliban delegation",
  "which Pakistani security officials allege operates from Afghan territory",
  "is slated to meet with UN officials and over 20 envoys",
];
const NEW_PARAGRAPH = "An editor's note was added before the quote.";

type Article = Awaited<ReturnType<typeof seedArticle>>;
type Kind = "claim" | "quote" | "allegation";
type Status = "draft" | "submitted" | "approved";

const FIELDS: Record<Kind, Record<string, unknown>> = {
  claim: { claimant: "The article (unattributed)", verdict: "true", rationale: "" },
  quote: { speaker: "Muhammad Aejaz", wordingVerified: true },
  allegation: { allegedBy: "Diplomatic sources", allegedAgainst: "The Taliban", rightOfReplySought: false },
};

/** An annotation on the article's first revision with this test's fields for its kind. */
function seedAnnotation(article: Article, author: SeededUser, exact: string, kind: Kind, status: Status = "draft") {
  return seedStoredAnnotation(article, author, { exact, kind, status, fields: FIELDS[kind] });
}

/** State-changing API calls from the signed-in page (cookie session; same-origin like the app's own). */
function apiHeaders(page: Page) {
  return { origin: new URL(page.url()).origin };
}

test.describe("editing an article's text", () => {
  test("an editor's edits move, change and orphan annotations, never silently; the orphan is re-attached", async ({ page, browser }) => {
    const editor = await seedUser("editor");
    const article = await seedArticle(editor);
    const quote = await seedAnnotation(article, editor, QUOTE, "quote", "approved");
    const claim = await seedAnnotation(article, editor, CLAIM, "claim", "approved");
    const orphan = await seedAnnotation(article, editor, ALLEGATION, "allegation", "submitted");
    for (const [i, exact] of UNCHANGED.entries()) await seedAnnotation(article, editor, exact, i === 1 ? "allegation" : "claim");

    await signIn(page, editor);
    await page.goto(`/articles/${article.id}`);
    await page.getByRole("link", { name: "Edit text" }).click();
    await expect(page).toHaveURL(new RegExp(`/articles/${article.id}/edit$`));
    await expect(editorText(page)).toContainText("Aejaz's reaction on X");
    // The annotations show while editing (painted with the CSS Custom Highlight API).
    await expect(editorText(page)).toHaveAttribute("data-painted-highlights", "6");

    // 1. A new paragraph before the quote's paragraph.
    await caretAtParagraphStart(page, "Aejaz's reaction on X");
    await page.keyboard.type(NEW_PARAGRAPH);
    await page.keyboard.press("Enter");
    // 2. A few words of the claimed sentence rewritten.
    await selectInEditor(page, "renewed national counter-terrorism");
    await page.keyboard.type("new national anti-terror");
    // 3. Another annotated sentence deleted.
    await selectInEditor(page, DELETED_SENTENCE);
    await page.keyboard.press("Backspace");
    await expect(editorText(page)).not.toContainText("Diplomatic sources");

    await page.getByRole("button", { name: "Save as revision 2" }).click();
    const summary = page.getByTestId("reanchor-summary");
    await expect(summary.getByRole("heading", { level: 2 })).toHaveText("Revision 2 saved: 1 moved, 1 changed (now needs re-review), 1 orphaned, 3 unchanged.");
    await expect(summary.getByTestId("reanchor-changed")).toContainText(CLAIM_AFTER);
    await expect(summary.getByTestId("reanchor-changed")).toContainText("Approved → Needs re-review");
    await expect(summary.getByTestId("reanchor-orphaned")).toContainText(ALLEGATION);
    await expect(page.getByRole("button", { name: "Save as revision 3" })).toBeDisabled();

    const revision = await testDb().articleRevision.findFirstOrThrow({ where: { articleId: article.id, number: 2 } });
    expect(revision.source).toBe("editor");
    expect(revision.text).toContain(`${NEW_PARAGRAPH}\nAejaz's reaction on X`);
    expect(revision.text).not.toContain("Diplomatic sources");
    const rows = await testDb().annotation.findMany({ where: { articleId: article.id } });
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get(quote.id)).toMatchObject({ revisionId: revision.id, status: "approved", anchorState: "anchored", version: 1 });
    expect(byId.get(claim.id)).toMatchObject({ revisionId: revision.id, status: "needs_rereview", anchorState: "changed", exact: CLAIM_AFTER, previousExact: CLAIM });
    expect(byId.get(orphan.id)).toMatchObject({ anchorState: "orphaned", previousExact: ALLEGATION, status: "submitted" });

    // On the article page the changed claim needs re-review.
    await summary.getByRole("link", { name: "Open the article" }).click();
    await expect(page).toHaveURL(new RegExp(`/articles/${article.id}$`));
    await expect(page.getByText(/^Revision 2, saved/)).toBeVisible();
    const claimCard = page.getByTestId("annotation-card").filter({ hasText: CLAIM_AFTER });
    await expect(claimCard).toContainText("Needs re-review");
    await expect(claimCard).toContainText("Text changed under it");

    // A reviewer finds the changed claim at the top of the queue (re-reviews come first).
    const reviewer = await seedUser("reviewer");
    const reviewerContext = await browser.newContext();
    const reviewerPage = await reviewerContext.newPage();
    await signIn(reviewerPage, reviewer);
    await reviewerPage.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Review queue" }).click();
    await expect(reviewerPage.getByRole("heading", { name: "Review queue" })).toBeVisible();
    await reviewerPage.getByRole("form", { name: "Filter the queue" }).getByLabel("Article").selectOption({ label: article.title });
    await reviewerPage.getByRole("button", { name: "Apply" }).click();
    const queue = reviewerPage.getByTestId("queue-item");
    await expect(queue).toHaveCount(2);
    await expect(queue.first()).toContainText("Needs re-review");
    await expect(queue.first().getByTestId("queue-context")).toContainText(CLAIM_AFTER);
    await expect(queue.nth(1)).toContainText(ALLEGATION);
    await reviewerContext.close();

    // The editor re-attaches the orphan to new text.
    const target = NEW_PARAGRAPH.replace(/\.$/, "");
    const panel = page.getByTestId("orphaned-panel");
    await expect(panel).toContainText(ALLEGATION);
    await dragSelect(page, target);
    await panel.getByRole("button", { name: "Re-attach to selection" }).click();
    await expect(panel.getByTestId("orphaned-annotation")).toHaveCount(0);
    // Said, not only done.
    await expect(page.getByRole("status").filter({ hasText: "Re-attached to the selected text." })).toBeVisible();
    const reattached = await testDb().annotation.findUniqueOrThrow({ where: { id: orphan.id } });
    expect(reattached).toMatchObject({ anchorState: "anchored", exact: target, revisionId: revision.id, previousExact: null });
    expect(await testDb().auditEvent.count({ where: { entityId: orphan.id, action: { in: ["reanchor", "reattach"] } } })).toBe(2);
  });

  test("the revision history lists each save and shows a word diff; earlier revisions stay readable", async ({ page }) => {
    const editor = await seedUser("editor");
    const article = await seedArticle(editor);
    await seedAnnotation(article, editor, CLAIM, "claim", "approved");
    await signIn(page, editor);
    await page.goto(`/articles/${article.id}`);
    const edited = article.text.replace("a renewed national counter-terrorism initiative", "a new national anti-terror initiative").replace(`${DELETED_SENTENCE} `, "");
    const saved = await page.request.put(`/api/articles/${article.id}`, { headers: apiHeaders(page), data: { text: edited, revision: 1 } });
    expect(saved.status()).toBe(200);
    expect((await saved.json()).summary).toMatchObject({ changed: 1, needsRereview: 1 });

    await page.getByRole("link", { name: "Revisions" }).click();
    await expect(page.getByTestId("revision-row-2")).toContainText("1 changed (now needs re-review)");
    await expect(page.getByTestId("revision-row-2")).toContainText("current");
    await expect(page.getByTestId("revision-row-1")).toContainText("—");
    await page.getByRole("link", { name: "Revision 2" }).click();

    const diff = page.getByTestId("word-diff");
    await expect(diff.locator("ins").filter({ hasText: "new" }).first()).toBeVisible();
    await expect(diff.locator("del").filter({ hasText: "renewed" })).toHaveCount(1);
    await expect(diff.locator("del").filter({ hasText: "Diplomatic sources described" })).toHaveCount(1);
    const colours = await diff
      .locator("ins")
      .first()
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(colours).not.toBe("rgba(0, 0, 0, 0)");
    await expect(page.getByTestId("revision-summary")).toContainText("1 changed (now needs re-review)");
    await expect(page.getByTestId("revision-text")).toContainText("a new national anti-terror initiative");

    await page.getByRole("link", { name: "Revision 1", exact: true }).click();
    await expect(page.getByTestId("revision-text")).toContainText(DELETED_SENTENCE);
    await expect(page.getByTestId("word-diff")).toHaveCount(0);
  });

  test("formatting from the toolbar is saved; a save on an outdated revision is merged with the newer one", async ({ page }) => {
    const editor = await seedUser("editor");
    const article = await seedArticle(editor);
    await signIn(page, editor);
    await page.goto(`/articles/${article.id}/edit`);
    await expect(editorText(page)).toContainText("Aejaz's reaction on X");

    await selectInEditor(page, "Operation Azm-e-Istehkam");
    await page.getByRole("button", { name: "Bold" }).click();
    await expect(page.getByRole("button", { name: "Bold" })).toHaveAttribute("aria-pressed", "true");
    await expect(editorText(page).locator("strong")).toHaveText("Operation Azm-e-Istehkam");
    await page.getByRole("button", { name: "Undo" }).click();
    await expect(editorText(page).locator("strong")).toHaveCount(0);
    await page.getByRole("button", { name: "Redo" }).click();
    await caretAtParagraphStart(page, "Aejaz's reaction on X");
    await page.getByRole("button", { name: "H2 heading" }).click();
    await expect(editorText(page).locator("h2")).toContainText("Aejaz's reaction on X");

    await page.getByRole("button", { name: "Save as revision 2" }).click();
    await expect(page.getByTestId("reanchor-summary").getByRole("heading", { level: 2 })).toHaveText("Revision 2 saved: no annotations to re-anchor.");
    const second = await testDb().articleRevision.findFirstOrThrow({ where: { articleId: article.id, number: 2 } });
    expect(JSON.stringify(second.doc)).toContain('"bold"');
    expect(JSON.stringify(second.doc)).toContain('"heading"');
    expect(second.text).toBe(article.text);

    // Someone else saves revision 3 meanwhile; this editor's next save (from revision 2) is merged with it.
    const other = await seedUser("editor", { name: "Other Editor" });
    const otherPage = await page.context().browser()!.newPage();
    await signIn(otherPage, other);
    const put = await otherPage.request.put(`/api/articles/${article.id}`, { headers: { origin: new URL(otherPage.url()).origin }, data: { text: `${article.text}\nA late addition.`, revision: 2 } });
    expect(put.status()).toBe(200);
    await otherPage.close();

    await caretAtParagraphStart(page, "Mujahid took to the microblogging platform");
    await page.keyboard.type("Meanwhile, ");
    await page.getByRole("button", { name: "Save as revision 3" }).click();
    await expect(page.getByTestId("merge-notice")).toContainText("your edits were merged with revision 3 by Other Editor and saved as revision 4");
    await expect(editorText(page)).toContainText("Meanwhile, Mujahid took");
    await expect(editorText(page)).toContainText("A late addition.");
    expect(await testDb().articleRevision.count({ where: { articleId: article.id } })).toBe(4);
  });
});
