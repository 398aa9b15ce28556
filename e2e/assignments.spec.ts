import { expect, test } from "./support/test";
import { formatCalendarDate } from "../lib/dates/format-date-time";
import { seedArticle } from "./support/articles";
import { expectNoAxeViolations } from "./support/axe";
import { seedUser } from "./support/database";
import { signIn } from "./support/sign-in";

test.describe("assignments and My work", () => {
  test("an admin assigns an editor and a reviewer with a due date; the editor lands on My work with it, finds it under 'assigned to me', overdue", async ({ page, browser }) => {
    const suffix = Date.now().toString(36);
    const admin = await seedUser("admin", { name: `Ada Admin ${suffix}` });
    const editor = await seedUser("editor", { name: `Edna Editor ${suffix}` });
    const reviewer = await seedUser("reviewer", { name: `Rex Reviewer ${suffix}` });
    const article = await seedArticle(admin, { title: `Assigned story ${suffix}` });
    const yesterday = new Date(Date.now() - 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

    await signIn(page, admin);
    await page.goto(`/articles/${article.id}`);
    const bar = page.getByRole("region", { name: "Assignments" });
    await expect(bar).toContainText("Unassigned");

    // Opened and filled from the keyboard; the dialog is labelled by its heading.
    await bar.getByRole("button", { name: "Assign" }).focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Assign this article" });
    await expect(dialog).toBeVisible();
    await expectNoAxeViolations(page, "assign dialog");
    await dialog.getByRole("group", { name: "Editors (annotate)" }).getByLabel(editor.name).check();
    await dialog.getByRole("group", { name: "Reviewers (review)" }).getByLabel(reviewer.name).check();
    await expect(dialog.getByRole("group", { name: "Reviewers (review)" }).getByLabel(editor.name)).toHaveCount(0);
    await dialog.getByLabel("Due date").fill(yesterday);
    await dialog.getByLabel("Desk status").selectOption("annotating");
    await dialog.getByRole("button", { name: "Save assignments" }).click();
    await expect(dialog).toBeHidden();

    await expect(bar).toContainText(editor.name);
    await expect(bar).toContainText(reviewer.name);
    const due = bar.getByTestId("due-date");
    await expect(due).toHaveAttribute("data-due-state", "overdue");
    // The browser's language (Playwright's default en-US) and a calendar day, the same in every zone.
    await expect(due).toContainText(`Overdue: was due ${formatCalendarDate(`${yesterday}T23:59:59.999Z`, { locale: "en-US" }, { month: "long" })}`);
    await expect(bar.getByRole("combobox", { name: "Desk status" })).toHaveValue("annotating");

    // The editor signs in and lands on My work, where the article waits, overdue.
    const editorContext = await browser.newContext();
    const editorPage = await editorContext.newPage();
    await signIn(editorPage, editor);
    await expect(editorPage.getByRole("heading", { level: 1, name: "My work" })).toBeVisible();
    const assigned = editorPage.getByRole("region", { name: /Assigned to me/ });
    const item = assigned.getByTestId("my-work-assignment").filter({ hasText: article.title });
    await expect(item).toBeVisible();
    await expect(item).toContainText("You: annotate");
    await expect(item.getByTestId("due-date")).toHaveAttribute("data-due-state", "overdue");

    // The article list, filtered to "me", keeps the filter in the address and shows it highlighted.
    await editorPage.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Articles" }).click();
    const filters = editorPage.getByRole("form", { name: "Filter articles" });
    await filters.getByLabel("Assigned to").selectOption("me");
    await filters.getByLabel("Due").selectOption("overdue");
    await filters.getByRole("button", { name: "Apply filters" }).click();
    await expect(editorPage).toHaveURL(/assignee=me/);
    await expect(editorPage).toHaveURL(/due=overdue/);
    const row = editorPage.getByTestId(`article-row-${article.id}`);
    await expect(row).toBeVisible();
    await expect(row.getByTestId("due-date")).toHaveAttribute("data-due-state", "overdue");
    await expect(row).toContainText("Annotating");
    await expect(editorPage.getByRole("region", { name: "Articles" }).getByRole("row")).toHaveCount(2);

    // Filtered to someone else, it is gone.
    await editorPage.goto(`/articles?assignee=${admin.id}`);
    await expect(editorPage.getByTestId(`article-row-${article.id}`)).toHaveCount(0);
    await editorContext.close();
  });
});
