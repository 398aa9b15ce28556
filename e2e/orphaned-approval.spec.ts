import fs from "node:fs/promises";
import { expect, test, type Locator, type Page } from "./support/test";
import { extractText } from "unpdf";
import { seedAnnotation, seedArticle } from "./support/articles";
import { seedUser, testDb } from "./support/database";
import { dragSelect, editorText, selectInEditor } from "./support/select-text";
import { signIn } from "./support/sign-in";

const SENTENCE = 'Diplomatic sources described the meeting as "unusual" but positive, noting that the Taliban representatives also engaged with an Indian delegation in Doha.';
const CLAIM = 'Diplomatic sources described the meeting as "unusual" but positive';
const REJECTED = "Both remain neighbors and brothers and have a lot in common";

async function openExport(page: Page): Promise<Locator> {
  const button = page.getByRole("button", { name: "Export" });
  if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
  const panel = page.getByRole("region", { name: "Export" });
  await expect(panel).toBeVisible();
  return panel;
}

/** Downloads an approved-only export from the article page's export panel. */
async function downloadApproved(page: Page, link: string): Promise<Buffer> {
  const panel = await openExport(page);
  await panel.getByLabel("Approved only").check();
  const downloading = page.waitForEvent("download");
  await panel.getByRole("link", { name: link }).click();
  return fs.readFile(await (await downloading).path());
}

test.describe("an approved claim whose text is deleted", () => {
  test("needs re-review, shows as orphaned, can't be approved, leaves the exports and keeps the review open", async ({ page, browser }) => {
    const editor = await seedUser("editor");
    const reviewer = await seedUser("reviewer");
    const article = await seedArticle(editor);

    // The editor tags the claim and submits it.
    await signIn(page, editor);
    await page.goto(`/articles/${article.id}`);
    await dragSelect(page, CLAIM);
    await page.getByTestId("selection-toolbar").getByRole("button", { name: /Claim/ }).click();
    const form = page.getByRole("form", { name: "Save claim" });
    await form.getByLabel("Claimant (who makes the claim)").fill("Diplomatic sources");
    await form.getByLabel("Verdict").selectOption("false");
    await form.getByRole("button", { name: "Save" }).click();
    const card = page.getByTestId("annotation-card").filter({ hasText: "unusual" });
    await card.getByRole("button", { name: "Submit for review" }).click();
    await expect(card).toContainText("Submitted");

    // A reviewer approves it.
    const reviewerContext = await browser.newContext();
    const reviewerPage = await reviewerContext.newPage();
    await signIn(reviewerPage, reviewer);
    await reviewerPage.goto(`/articles/${article.id}`);
    const reviewerCard = reviewerPage.getByTestId("annotation-card").filter({ hasText: "unusual" });
    await reviewerCard.getByRole("button", { name: /Claim/ }).click();
    await reviewerCard.getByRole("button", { name: /Approve/ }).click();
    await expect(reviewerCard).toContainText("Approved");
    await reviewerPage.reload();
    await expect(reviewerPage.getByTestId("review-progress")).toContainText("Review complete");
    expect(JSON.parse((await downloadApproved(reviewerPage, "ClaimReview (JSON-LD)")).toString("utf8"))).toMatchObject({ claimReviewed: CLAIM });

    // The editor deletes the sentence in the editor and saves.
    await page.getByRole("link", { name: "Edit text" }).click();
    await expect(editorText(page)).toContainText("Diplomatic sources");
    await selectInEditor(page, SENTENCE);
    await page.keyboard.press("Backspace");
    await expect(editorText(page)).not.toContainText("Diplomatic sources");
    await page.getByRole("button", { name: "Save as revision 2" }).click();
    const summary = page.getByTestId("reanchor-summary");
    await expect(summary.getByTestId("reanchor-orphaned")).toContainText(CLAIM);
    await expect(summary.getByTestId("reanchor-orphaned")).toContainText("Approved → Needs re-review");
    await summary.getByRole("link", { name: "Open the article" }).click();

    // The claim needs re-review and is marked orphaned; the review is not complete.
    const orphanCard = page.getByTestId("annotation-card").filter({ hasText: "unusual" });
    await expect(orphanCard).toContainText("Needs re-review");
    await expect(orphanCard).toContainText("Orphaned");
    await expect(page.getByTestId("review-progress")).not.toContainText("Review complete");
    await expect(page.getByTestId("review-progress")).toContainText("1 still open");
    expect(await testDb().annotation.findFirstOrThrow({ where: { articleId: article.id } })).toMatchObject({ status: "needs_rereview", anchorState: "orphaned" });

    // The reviewer can't approve it again and is told why; it is in no approved-only export.
    await reviewerPage.reload();
    await expect(reviewerPage.getByTestId("review-progress")).not.toContainText("Review complete");
    const again = reviewerPage.getByTestId("annotation-card").filter({ hasText: "unusual" });
    await again.getByRole("button", { name: /Claim/ }).click();
    await expect(again.getByRole("button", { name: /Approve/ })).toBeDisabled();
    await expect(again.getByTestId("approve-blocked")).toContainText("Re-attach it to the text first");
    expect(JSON.parse((await downloadApproved(reviewerPage, "ClaimReview (JSON-LD)")).toString("utf8"))).toEqual([]);
    const pdf = await downloadApproved(reviewerPage, "Report (PDF)");
    const { text } = await extractText(new Uint8Array(pdf), { mergePages: true });
    const flat = (text as string).replace(/\s+/g, " ");
    expect(flat).toContain("No approved annotations yet.");
    expect(flat).not.toContain("Diplomatic sources");
    await reviewerContext.close();
  });
});

test.describe("a rejected annotation", () => {
  test("shows the reviewer's reason on its author's card without opening it", async ({ page, browser }) => {
    const editor = await seedUser("editor");
    const reviewer = await seedUser("reviewer", { name: "Rhea Reviewer" });
    const article = await seedArticle(editor);
    await seedAnnotation(article, editor, { exact: REJECTED, kind: "quote", status: "submitted" });

    const reviewerContext = await browser.newContext();
    const reviewerPage = await reviewerContext.newPage();
    await signIn(reviewerPage, reviewer);
    await reviewerPage.goto(`/articles/${article.id}`);
    const reviewerCard = reviewerPage.getByTestId("annotation-card").first();
    await reviewerCard.getByRole("button", { name: /Quote/ }).click();
    await reviewerCard.getByRole("button", { name: /Reject/ }).click();
    await reviewerPage.getByLabel("Why is it rejected?").fill("He said this on X, not at the meeting.");
    await reviewerPage.getByRole("button", { name: "Reject", exact: true }).click();
    await expect(reviewerCard).toContainText("Rejected");
    await reviewerContext.close();

    await signIn(page, editor);
    await page.goto(`/articles/${article.id}`);
    const card = page.getByTestId("annotation-card").first();
    await expect(card.getByRole("button", { name: /Quote/ })).toHaveAttribute("aria-expanded", "false");
    await expect(card.getByTestId("decision-reason")).toHaveText("Rejected by Rhea Reviewer: He said this on X, not at the meeting.");
  });
});
