import { expect, test, type Page } from "./support/test";
import { seedAnnotation, seedArticle } from "./support/articles";
import { expectNoAxeViolations } from "./support/axe";
import { seedUser, testDb } from "./support/database";
import { dragSelect } from "./support/select-text";
import { formAlert, signIn } from "./support/sign-in";

const QUOTE = "Pakistani diplomats and an Afghan Taliban delegation";

async function openQueueFor(page: Page, articleId: string) {
  await page.goto(`/review?article=${articleId}`);
  await expect(page.getByRole("heading", { name: "Review queue" })).toBeVisible();
  await expect(page.locator("html[data-review-keys='on']")).toHaveCount(1);
}

/** What makes the page scroll sideways (it must not, on a phone or a tablet): elements sticking out of a parent that fits; empty when nothing does. */
const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => {
    if (document.scrollingElement!.scrollWidth <= window.innerWidth) return [];
    const sticksOut = (element: Element | null) => {
      if (!element) return false;
      const box = element.getBoundingClientRect();
      return box.width > 0 && (box.right > window.innerWidth + 1 || box.left < -1);
    };
    // An element sticking out of a parent that fits; or positioned (screen-reader-only text
    // included), which a scrolling box clips only when it is its containing block.
    return [...document.body.querySelectorAll("*")]
      .filter((element) => sticksOut(element) && (!sticksOut(element.parentElement) || getComputedStyle(element).position === "absolute"))
      .slice(0, 5)
      .map((element) => `<${element.tagName.toLowerCase()} class="${element.getAttribute("class") ?? ""}"> ${Math.round(element.getBoundingClientRect().right)} px`);
  });

test.describe("review feedback", () => {
  test("a decision is confirmed with Undo; undo puts it back in the queue; the server refuses a late undo", async ({ page }) => {
    const editor = await seedUser("editor");
    const reviewer = await seedUser("reviewer");
    const article = await seedArticle(editor);
    const annotation = await seedAnnotation(article, editor, { exact: QUOTE, kind: "claim", status: "submitted" });

    await signIn(page, reviewer);
    await openQueueFor(page, article.id);
    await expectNoAxeViolations(page, "review queue");
    await page.keyboard.press("j");
    await page.keyboard.press("a");
    const toast = page.getByTestId("decision-toast");
    await expect(toast).toContainText("Annotation approved.");
    await expect(toast.getByRole("button", { name: /Undo/ })).toBeVisible();
    // The confirmation does not take focus from the J/K flow.
    await expect(toast.getByRole("button", { name: /Undo/ })).not.toBeFocused();
    await expectNoAxeViolations(page, "decision confirmation");
    await page.keyboard.press("u");
    await expect(toast).toContainText("Undone: the annotation is submitted again.");
    await expect(page.getByTestId("queue-item").getByTestId("status-badge").first()).toHaveText("Submitted");
    await expect.poll(async () => (await testDb().annotation.findUniqueOrThrow({ where: { id: annotation.id } })).status).toBe("submitted");

    // Sent back, then the undo window passes (as if seconds went by): the server says why not.
    await page
      .getByTestId("queue-item")
      .getByRole("button", { name: /Send back/ })
      .click();
    await page.getByLabel("What should the author change?").fill("Name the source.");
    await page.getByRole("button", { name: "Send back", exact: true }).click();
    await expect(toast).toContainText("Annotation sent back to its author.");
    await testDb().reviewDecision.updateMany({ where: { annotationId: annotation.id }, data: { createdAt: new Date(Date.now() - 3_600_000) } });
    await toast.getByRole("button", { name: /Undo/ }).click();
    await expect(toast).toContainText("too late to undo");
    expect((await testDb().annotation.findUniqueOrThrow({ where: { id: annotation.id } })).status).toBe("changes_requested");
  });

  test("A on one's own annotation says why nothing happened; the badge counts only others' work", async ({ page }) => {
    const reviewer = await seedUser("reviewer");
    const article = await seedArticle(reviewer);
    await seedAnnotation(article, reviewer, { exact: QUOTE, kind: "claim", status: "submitted" });

    await signIn(page, reviewer);
    const counts = (await (await page.request.get("/api/review-queue/count")).json()) as { total: number; forYou: number };
    expect(counts.total).toBeGreaterThan(counts.forYou);
    await openQueueFor(page, article.id);
    // The queue's count says the one item is theirs, not waiting for them.
    await expect(page.getByText("0 waiting. 1 more is your own work, for another reviewer.")).toBeVisible();
    await page.keyboard.press("j");
    await page.keyboard.press("a");
    await expect(page.getByTestId("review-notice")).toContainText(/four-eyes|own/i);
    expect((await testDb().annotation.findFirstOrThrow({ where: { articleId: article.id } })).status).toBe("submitted");
  });

  test("on the article page the tagging form and the confirmation pass axe", async ({ page }) => {
    const editor = await seedUser("editor");
    const article = await seedArticle(editor);
    await signIn(page, editor);
    await page.goto(`/articles/${article.id}`);
    await expectNoAxeViolations(page, "article page");
    await dragSelect(page, QUOTE);
    await page.keyboard.press("c");
    await expect(page.getByRole("form", { name: "Save claim" })).toBeVisible();
    await expectNoAxeViolations(page, "tagging form open");
    await page.goto(`/articles/${article.id}/edit`);
    await expect(page.getByRole("toolbar", { name: "Formatting" })).toBeVisible();
    await expectNoAxeViolations(page, "edit page");
  });
});

test.describe("admin feedback", () => {
  test("deactivating asks first, the row stays in place, and the person is told why at sign-in", async ({ page, browser }) => {
    const admin = await seedUser("admin");
    const leaver = await seedUser("editor", { name: `Aaron Leaver ${Date.now().toString(36)}` });
    await signIn(page, admin);
    await page.goto("/admin/users");
    await expectNoAxeViolations(page, "admin users");
    const row = page.getByTestId(`user-row-${leaver.email}`);
    const placeBefore = await page.locator("tbody tr").evaluateAll((rows, email) => rows.findIndex((r) => r.getAttribute("data-testid") === `user-row-${email}`), leaver.email);

    await row.getByRole("button", { name: `Deactivate ${leaver.name}` }).click();
    const dialog = page.getByRole("dialog", { name: `Deactivate ${leaver.name}?` });
    await expect(dialog).toBeVisible();
    await expectNoAxeViolations(page, "deactivate dialog");
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(dialog).toBeHidden();
    expect((await testDb().user.findUniqueOrThrow({ where: { id: leaver.id } })).active).toBe(true);

    await row.getByRole("button", { name: `Deactivate ${leaver.name}` }).click();
    await dialog.getByRole("button", { name: "Deactivate" }).click();
    await expect(page.getByText(`${leaver.name} is deactivated and can no longer sign in.`)).toBeVisible();
    await expect(row).toContainText("Deactivated");
    const placeAfter = await page.locator("tbody tr").evaluateAll((rows, email) => rows.findIndex((r) => r.getAttribute("data-testid") === `user-row-${email}`), leaver.email);
    expect(placeAfter).toBe(placeBefore);

    const leaverPage = await (await browser.newContext()).newPage();
    await leaverPage.goto("/sign-in");
    await leaverPage.getByLabel("E-mail").fill(leaver.email);
    await leaverPage.getByLabel("Password").fill(leaver.password);
    await leaverPage.getByRole("button", { name: "Sign in" }).click();
    await expect(formAlert(leaverPage)).toContainText("This account has been deactivated");
    await leaverPage.context().close();
  });

  test("a token has a copy button; revoking asks first and the revoked token is no longer listed", async ({ page, context }) => {
    const editor = await seedUser("editor");
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await signIn(page, editor);
    await page.goto("/settings");
    await page.getByLabel("Token name").fill("CMS bridge");
    await page.getByRole("button", { name: "Create token" }).click();
    const token = await page.getByTestId("new-api-token").textContent();
    await page.getByRole("button", { name: "Copy token" }).click();
    await expect(page.getByText("Copied to the clipboard.")).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);

    const item = page.getByRole("listitem").filter({ hasText: "CMS bridge" });
    await item.getByRole("button", { name: "Revoke CMS bridge" }).click();
    const dialog = page.getByRole("dialog", { name: "Revoke the token “CMS bridge”?" });
    await expectNoAxeViolations(page, "revoke dialog");
    await dialog.getByRole("button", { name: "Revoke" }).click();
    await expect(page.getByText("Token “CMS bridge” revoked: it no longer works.")).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: "CMS bridge" })).toHaveCount(0);
    expect((await testDb().apiToken.findFirstOrThrow({ where: { userId: editor.id } })).revokedAt).not.toBeNull();
  });
});

for (const viewport of [
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
]) {
  test(`at ${viewport.width} px nothing scrolls sideways and every target is big enough`, async ({ page }) => {
    // Seven pages, each checked by axe (the articles list holds every test's articles).
    test.setTimeout(180_000);
    const admin = await seedUser("admin");
    const article = await seedArticle(admin);
    await seedAnnotation(article, admin, { exact: QUOTE, kind: "claim", status: "submitted" });
    await page.setViewportSize(viewport);
    await signIn(page, admin);
    for (const path of ["/articles", `/review?article=${article.id}`, `/articles/${article.id}`, `/articles/${article.id}/edit`, "/admin/users", "/my-work", "/settings"]) {
      await page.goto(path);
      await page.waitForLoadState("load");
      expect(await sidewaysOverflow(page), `${path} scrolls sideways at ${viewport.width} px`).toEqual([]);
      await expectNoAxeViolations(page, `${path} at ${viewport.width} px`);
    }
    // The articles table fits as it is: no scrolling inside it either.
    await page.goto("/articles");
    const table = page.locator("#article-table");
    expect(await table.evaluate((element) => element.scrollWidth <= element.parentElement!.clientWidth + 1)).toBe(true);
  });
}
