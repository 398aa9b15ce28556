import { expect, test } from "./support/test";
import { seedAnnotation, seedArticle } from "./support/articles";
import { seedUser } from "./support/database";
import { signIn } from "./support/sign-in";

const QUOTE = "We thank them for their hospitality";
const REASON = "The quote is from a different speech.";

test.describe("notifications", () => {
  test("a rejection reaches the author's bell and links to the annotation; a mention chosen from the list notifies the reviewer", async ({ page, browser }) => {
    const suffix = Math.random().toString(36).slice(2, 8);
    const editor = await seedUser("editor", { name: `Esme ${suffix}` });
    const reviewer = await seedUser("reviewer", { name: `Rafaela ${suffix}` });
    const article = await seedArticle(editor);
    const annotation = await seedAnnotation(article, editor, { exact: QUOTE, kind: "quote", status: "submitted" });

    // The reviewer rejects the editor's quote with a reason.
    const reviewerContext = await browser.newContext();
    const reviewerPage = await reviewerContext.newPage();
    await signIn(reviewerPage, reviewer);
    await reviewerPage.goto(`/articles/${article.id}`);
    await reviewerPage.getByTestId("annotation-card").first().getByRole("button", { name: /Quote/ }).click();
    await reviewerPage.getByRole("button", { name: /Reject/ }).click();
    await reviewerPage.getByLabel("Why is it rejected?").fill(REASON);
    await reviewerPage.getByRole("button", { name: "Reject", exact: true }).click();
    await expect(reviewerPage.getByTestId("annotation-card").first()).toContainText("Rejected");

    // The editor's bell shows one; the inbox links to the annotation, which shows the reason.
    await signIn(page, editor);
    const bell = page.getByRole("link", { name: "1 unread notification" });
    await expect(bell).toBeVisible();
    await bell.click();
    await expect(page.getByRole("heading", { name: "Notifications" })).toBeVisible();
    const item = page.getByTestId("notification");
    await expect(item).toHaveCount(1);
    await expect(item).toContainText(`${reviewer.name} rejected your annotation`);
    await expect(item).toContainText(REASON);
    await item.getByRole("link").click();
    await expect(page).toHaveURL(new RegExp(`/articles/${article.id}\\?annotation=${annotation.id}`));
    const card = page.locator(`[data-annotation-id="${annotation.id}"]`);
    await expect(card.getByTestId("decision-reason")).toContainText(REASON);

    // The editor replies, mentioning the reviewer through the autocomplete (keyboard only).
    const box = card.getByRole("combobox", { name: "Add a comment" });
    await box.click();
    await box.pressSequentially(`@Rafaela ${suffix.slice(0, 3)}`);
    const option = card.getByRole("option", { name: reviewer.name });
    // Wait for the answer to the whole query (shorter prefixes typed on the way list more people).
    await expect(card.getByRole("option")).toHaveCount(1);
    await expect(option).toBeVisible();
    await expect(box).toHaveAttribute("aria-activedescendant", (await option.getAttribute("id"))!);
    await box.press("Enter");
    await expect(box).toHaveValue(`@${reviewer.name} `);
    await box.pressSequentially("it is from the 2021 press conference.");
    await card.getByRole("button", { name: "Comment", exact: true }).click();
    await expect(card.getByTestId("mention")).toHaveText(`@${reviewer.name}`);

    // The reviewer is notified of the mention.
    await reviewerPage.goto("/notifications");
    await expect(reviewerPage.getByTestId("notification").first()).toContainText(`${editor.name} mentioned you`);
    await expect(reviewerPage.getByRole("link", { name: "1 unread notification" })).toBeVisible();
    await reviewerPage.getByRole("button", { name: "Mark all read" }).click();
    await expect(reviewerPage.getByTestId("unread-count")).toHaveText("0 unread");
    await expect(reviewerPage.getByRole("link", { name: "0 unread notifications" })).toBeVisible();
    await reviewerContext.close();
  });
});
