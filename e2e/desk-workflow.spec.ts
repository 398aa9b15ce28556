import { expect, test, type Page } from "./support/test";
import { E2E_SMTP_PORT } from "../playwright.config";
import { SmtpCatcher } from "../test/mail/smtp-catcher";
import { seedArticle } from "./support/articles";
import { seedUser } from "./support/database";
import { dragSelect } from "./support/select-text";
import { signIn } from "./support/sign-in";

const QUOTE = "We thank them for their hospitality";
const REASON = "The quote is from a different speech.";

const smtp = new SmtpCatcher(E2E_SMTP_PORT);
test.beforeAll(() => smtp.start());
test.afterAll(() => smtp.stop());

const bellSays = (page: Page, count: number) => page.getByRole("link", { name: `${count} unread notification${count === 1 ? "" : "s"}`, exact: true });

test.describe("desk workflow", () => {
  test("assigned, annotated, submitted, rejected with a reason, replied with a mention: each person is told live, and the mention e-mail links to the annotation", async ({ page, browser }) => {
    // Three people, a dozen steps, two app instances on a shared machine.
    test.setTimeout(180_000);
    const suffix = Math.random().toString(36).slice(2, 8);
    const admin = await seedUser("admin", { name: `Desk Admin ${suffix}` });
    const editor = await seedUser("editor", { name: `Wren Editor ${suffix}` });
    const reviewer = await seedUser("reviewer", { name: `Quill Reviewer ${suffix}` });
    const article = await seedArticle(admin, { title: `Workflow story ${suffix}` });

    // The admin assigns the article to the editor (annotate) and the reviewer (review).
    await signIn(page, admin);
    await page.goto(`/articles/${article.id}`);
    const bar = page.getByRole("region", { name: "Assignments" });
    await bar.getByRole("button", { name: "Assign" }).click();
    const dialog = page.getByRole("dialog", { name: "Assign this article" });
    await dialog.getByRole("group", { name: "Editors (annotate)" }).getByLabel(editor.name).check();
    await dialog.getByRole("group", { name: "Reviewers (review)" }).getByLabel(reviewer.name).check();
    await dialog.getByRole("button", { name: "Save assignments" }).click();
    await expect(dialog).toBeHidden();
    await expect(bar).toContainText(reviewer.name);

    // The reviewer is signed in on My work, a screen that follows nothing else, and waits.
    const reviewerContext = await browser.newContext();
    const reviewerPage = await reviewerContext.newPage();
    await signIn(reviewerPage, reviewer);
    await expect(bellSays(reviewerPage, 1)).toBeVisible();

    // The editor finds the article on My work, tags a quote and submits it.
    const editorContext = await browser.newContext();
    const editorPage = await editorContext.newPage();
    await signIn(editorPage, editor);
    const assigned = editorPage
      .getByRole("region", { name: /Assigned to me/ })
      .getByTestId("my-work-assignment")
      .filter({ hasText: article.title });
    await expect(assigned).toBeVisible();
    await assigned.getByRole("link", { name: article.title }).click();
    await expect(editorPage).toHaveURL(new RegExp(`/articles/${article.id}`));
    await dragSelect(editorPage, QUOTE);
    await editorPage.keyboard.press("q");
    const form = editorPage.getByRole("form", { name: "Save quote" });
    await form.getByLabel("Speaker").fill("Muhammad Aejaz");
    await form.getByRole("button", { name: "Save" }).click();
    const editorCard = editorPage.getByTestId("annotation-card").first();
    await editorCard.getByRole("button", { name: "Submit for review" }).click();
    await expect(editorCard.getByText("Submitted", { exact: true })).toBeVisible();
    // The editor's one notification so far: being assigned.
    await expect(bellSays(editorPage, 1)).toBeVisible();

    // The reviewer's bell counts it without a reload; the inbox leads to the annotation.
    await expect(bellSays(reviewerPage, 2)).toBeVisible();
    await bellSays(reviewerPage, 2).click();
    const submitted = reviewerPage.getByTestId("notification").filter({ hasText: `${editor.name} submitted` });
    await expect(submitted).toContainText(QUOTE);
    await submitted.getByRole("link").click();
    await expect(reviewerPage).toHaveURL(new RegExp(`/articles/${article.id}\\?annotation=`));
    const annotationId = new URL(reviewerPage.url()).searchParams.get("annotation")!;
    const reviewerCard = reviewerPage.locator(`[data-annotation-id="${annotationId}"]`);

    // The link opened the annotation's card; the reviewer rejects it with a reason.
    await reviewerPage.getByRole("button", { name: /Reject/ }).click();
    await reviewerPage.getByLabel("Why is it rejected?").fill(REASON);
    await reviewerPage.getByRole("button", { name: "Reject", exact: true }).click();
    await expect(reviewerCard).toContainText("Rejected");

    // The editor, still on the article, sees the bell count it and the card show the reason.
    await expect(bellSays(editorPage, 2)).toBeVisible();
    const card = editorPage.locator(`[data-annotation-id="${annotationId}"]`);
    await expect(card.getByTestId("decision-reason")).toContainText(REASON);

    // The editor replies, mentioning the reviewer picked from the list.
    // Opening the submission from the inbox read it; being assigned is still unread.
    await expect(bellSays(reviewerPage, 1)).toBeVisible();
    const box = card.getByRole("combobox", { name: "Add a comment" });
    await box.click();
    await box.pressSequentially(`@Quill Reviewer ${suffix.slice(0, 3)}`);
    await expect(card.getByRole("option")).toHaveCount(1);
    await box.press("Enter");
    await expect(box).toHaveValue(`@${reviewer.name} `);
    await box.pressSequentially("it is from the 2021 press conference.");
    await card.getByRole("button", { name: "Comment", exact: true }).click();
    await expect(card.getByTestId("mention")).toHaveText(`@${reviewer.name}`);

    // The reviewer is told at once, in the bell.
    await expect(bellSays(reviewerPage, 2)).toBeVisible();

    // And by e-mail: the subject says what happened; the link opens the annotation.
    const mail = await smtp.waitFor((one) => one.to.includes(reviewer.email) && one.subject.includes("mentioned you"), 30_000);
    expect(mail.subject).toBe(`${editor.name} mentioned you on “${article.title}”`);
    expect(mail.html).toContain("Open in Factdesk");
    const link = /https?:\/\/\S+\?annotation=\S+/.exec(mail.text)?.[0];
    expect(link).toBeDefined();
    expect(new URL(link!).searchParams.get("annotation")).toBe(annotationId);
    const fromMail = await reviewerContext.newPage();
    await fromMail.goto(link!);
    await expect(fromMail).toHaveURL(new RegExp(`/articles/${article.id}\\?annotation=${annotationId}`));
    await expect(fromMail.locator(`[data-annotation-id="${annotationId}"]`).getByTestId("decision-reason")).toContainText(REASON);
    // Nobody is mailed about their own doing.
    expect(smtp.messages.filter((one) => one.to.includes(editor.email) && one.subject.includes("mentioned"))).toEqual([]);

    await editorContext.close();
    await reviewerContext.close();
  });
});
