import { expect, test, type Page } from "./support/test";
import { seedArticle } from "./support/articles";
import { seedUser, testDb } from "./support/database";
import { dragSelect } from "./support/select-text";
import { signIn } from "./support/sign-in";

const QUOTE = "We thank them for their hospitality";

async function openQueueFor(page: Page, articleTitle: string) {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Review queue" }).click();
  // Wait for the unfiltered queue itself (the page may already show a filtered one).
  await expect(page).toHaveURL(/\/review$/);
  await expect(page.getByRole("heading", { name: "Review queue" })).toBeVisible();
  await page.getByRole("form", { name: "Filter the queue" }).getByLabel("Article").selectOption({ label: articleTitle });
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/\/review\?article=/);
  await expect(page.getByTestId("queue-item")).toHaveCount(1);
}

test.describe("review workflow", () => {
  test("annotate, submit, send back with a comment, edit, resubmit, approve with the keyboard; history shows every step", async ({ page, browser }) => {
    const editor = await seedUser("editor");
    const reviewer = await seedUser("reviewer");
    const article = await seedArticle(editor);

    // The editor annotates and submits.
    await signIn(page, editor);
    await page.goto(`/articles/${article.id}`);
    await dragSelect(page, QUOTE);
    await page.keyboard.press("q");
    const form = page.getByRole("form", { name: "Save quote" });
    await form.getByLabel("Speaker").fill("Zabihullah Mujahid");
    await form.getByRole("button", { name: "Save" }).click();
    const card = page.getByTestId("annotation-card").first();
    await expect(card.getByRole("button", { name: "Submit for review" })).toBeVisible();
    await card.getByRole("button", { name: "Submit for review" }).click();
    // The status badge itself: the card's history may already say "Submitted".
    await expect(card.getByTestId("status-badge").first()).toHaveText("Submitted");

    // The reviewer finds it in the queue, sends it back with a comment.
    const reviewerContext = await browser.newContext();
    const reviewerPage = await reviewerContext.newPage();
    await signIn(reviewerPage, reviewer);
    await openQueueFor(reviewerPage, article.title);
    const item = reviewerPage.getByTestId("queue-item");
    await expect(item.getByTestId("queue-context")).toContainText(QUOTE);
    await item.getByRole("button", { name: /Send back/ }).click();
    await reviewerPage.getByLabel("What should the author change?").fill("Add where he said it: it was a post on X.");
    await reviewerPage.getByRole("button", { name: "Send back", exact: true }).click();
    await expect(item).toContainText("Changes requested");

    // The editor sees the comment, edits and resubmits.
    await page.reload();
    await page.getByTestId("annotation-card").first().getByRole("button", { name: /Quote/ }).click();
    const editorCard = page.getByTestId("annotation-card").first();
    await expect(editorCard.getByTestId("comment")).toContainText("Add where he said it");
    await editorCard.getByRole("button", { name: "Edit" }).click();
    await editorCard.getByLabel("Where it was said").fill("Post on X");
    await editorCard.getByRole("button", { name: "Save changes" }).click();
    // The save is done when the form closes (then the edit is a new version to submit).
    await expect(editorCard.getByRole("button", { name: "Save changes" })).toHaveCount(0);
    await expect(editorCard).toContainText("Post on X");
    await expect(editorCard).toContainText("Changes requested");
    await editorCard.getByRole("button", { name: "Submit for review" }).click();
    // The status badge itself: the card's history may already say "Submitted".
    await expect(editorCard.getByTestId("status-badge").first()).toHaveText("Submitted");

    // The reviewer approves with the keyboard (J to select, A to approve), without a reload of the page.
    await openQueueFor(reviewerPage, article.title);
    await expect(reviewerPage.locator("html[data-review-keys='on']")).toHaveCount(1);
    await reviewerPage.keyboard.press("j");
    await reviewerPage.keyboard.press("a");
    await expect(reviewerPage.getByTestId("queue-item")).toContainText("Approved");

    const stored = await testDb().annotation.findFirstOrThrow({ where: { articleId: article.id } });
    expect(stored.status).toBe("approved");
    expect(stored.saidWhere).toBe("Post on X");
    const approval = await testDb().reviewDecision.findFirstOrThrow({ where: { annotationId: stored.id, action: "approve" } });
    expect(approval).toMatchObject({ actorId: reviewer.id, exact: QUOTE, revisionId: article.revisionId });

    // The history shows every step, with names and times.
    await page.reload();
    await page.getByTestId("annotation-card").first().getByRole("button", { name: /Quote/ }).click();
    const history = page.getByTestId("annotation-history");
    await history.locator("summary").click();
    const entries = history.getByTestId("history-entry");
    await expect(entries).toHaveText([
      new RegExp(`${editor.name} created it`),
      new RegExp(`${editor.name} submitted it for review`),
      new RegExp(`${reviewer.name} sent it back for changes`),
      new RegExp(`${reviewer.name} commented`),
      new RegExp(`${editor.name} edited it.*saidWhere`),
      new RegExp(`${editor.name} submitted it for review`),
      new RegExp(`${reviewer.name} approved it`),
    ]);
    await expect(entries.first().locator("time")).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}T/);
    await reviewerContext.close();
  });

  test("a reviewer cannot approve their own annotation, and an editor cannot review at all", async ({ page }) => {
    const reviewer = await seedUser("reviewer");
    const article = await seedArticle(reviewer);
    await signIn(page, reviewer);
    await page.goto(`/articles/${article.id}`);
    await dragSelect(page, QUOTE);
    await page.keyboard.press("q");
    await page.getByLabel("Speaker").fill("Zabihullah Mujahid");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    const card = page.getByTestId("annotation-card").first();
    await card.getByRole("button", { name: "Submit for review" }).click();
    // The status badge itself: the card's history may already say "Submitted".
    await expect(card.getByTestId("status-badge").first()).toHaveText("Submitted");
    await expect(card.getByRole("button", { name: /Approve/ })).toHaveCount(0);
    await expect(card).toContainText("four-eyes rule");
    await page.keyboard.press("a");
    // The status badge itself: the card's history may already say "Submitted".
    await expect(card.getByTestId("status-badge").first()).toHaveText("Submitted");

    const editor = await seedUser("editor");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await signIn(page, editor);
    await page.goto(`/articles/${article.id}`);
    await page.getByTestId("annotation-card").first().getByRole("button", { name: /Quote/ }).click();
    await expect(
      page
        .getByTestId("annotation-card")
        .first()
        .getByRole("button", { name: /Approve|Reject|Send back/ }),
    ).toHaveCount(0);
    expect((await testDb().annotation.findFirstOrThrow({ where: { articleId: article.id } })).status).toBe("submitted");
  });
});
