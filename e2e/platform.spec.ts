import { expect, test, type Page } from "./support/test";
import { E2E_DEMO_PASSWORD } from "../playwright.config";
import { seedArticle } from "./support/articles";
import { seedUser, testDb } from "./support/database";
import { formAlert, signIn } from "./support/sign-in";

const nav = (page: Page) => page.getByRole("navigation", { name: "Main" });

test.describe("sign-in and roles", () => {
  for (const [email, role, seesAdmin] of [
    ["editor@example.com", "Editor", false],
    ["reviewer@example.com", "Reviewer", false],
    ["admin@example.com", "Admin", true],
  ] as const) {
    test(`the demo ${role.toLowerCase()} signs in and sees the right navigation`, async ({ page }) => {
      await signIn(page, { email, password: E2E_DEMO_PASSWORD });
      await expect(nav(page).getByRole("link", { name: "Articles" })).toBeVisible();
      await expect(nav(page).getByRole("link", { name: "Review queue" })).toBeVisible();
      await expect(nav(page).getByRole("link", { name: "Admin" })).toHaveCount(seesAdmin ? 1 : 0);
      await expect(page.getByTestId("current-user")).toContainText(role);
      await page.getByRole("button", { name: "Sign out" }).click();
      await expect(page).toHaveURL(/\/sign-in/);
      await page.goto("/articles");
      await expect(page).toHaveURL(/\/sign-in/);
    });
  }

  test("a wrong password is refused with a message", async ({ page }) => {
    const user = await seedUser("editor");
    await page.goto("/sign-in");
    await page.getByLabel("E-mail").fill(user.email);
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(formAlert(page)).toContainText("don't match an account");
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("repeated failures lock the account for a while, even with the right password", async ({ page }) => {
    const user = await seedUser("editor");
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await page.goto("/sign-in");
      await page.getByLabel("E-mail").fill(user.email);
      await page.getByLabel("Password").fill(`wrong-${attempt}`);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(formAlert(page)).toBeVisible();
    }
    await page.goto("/sign-in");
    await page.getByLabel("E-mail").fill(user.email);
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(formAlert(page)).toContainText("Too many failed sign-in attempts");
  });
});

test.describe("admin", () => {
  test("an editor cannot open the admin pages or call the admin actions", async ({ page }) => {
    const editor = await seedUser("editor");
    await signIn(page, editor);
    await expect(nav(page).getByRole("link", { name: "Admin" })).toHaveCount(0);
    const response = await page.goto("/admin/users");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "You don't have access to this page" })).toBeVisible();

    // Direct calls with the editor's session cookie: the JSON API and a forged server-action POST.
    const api = await page.request.post("/api/users", { data: { email: "x@e2e.example", name: "X", role: "admin" }, headers: { origin: new URL(page.url()).origin } });
    expect(api.status()).toBe(403);
    const list = await page.request.get("/api/users");
    expect(list.status()).toBe(403);
    expect(await testDb().user.count({ where: { email: "x@e2e.example" } })).toBe(0);
  });

  test("an admin creates a user who can then sign in and choose a password", async ({ page, browser }) => {
    const admin = await seedUser("admin");
    await signIn(page, admin);
    await nav(page).getByRole("link", { name: "Admin" }).click();
    const email = `new-${Date.now()}@e2e.example`;
    const addUser = page.getByRole("region", { name: "Add a user" });
    await addUser.getByLabel("Name").fill("Nadia New");
    await addUser.getByLabel("E-mail").fill(email);
    await addUser.getByLabel("Role").selectOption("reviewer");
    await addUser.getByRole("button", { name: "Create user" }).click();
    const oneTimePassword = (await page.getByTestId("one-time-password").textContent())!.trim();
    expect(oneTimePassword).toMatch(/^\S{12,}$/);
    await expect(page.getByTestId(`user-row-${email}`)).toContainText("Invited");

    const context = await browser.newContext();
    const newcomer = await context.newPage();
    await signIn(newcomer, { email, password: oneTimePassword }, /\/change-password/);
    await newcomer.getByLabel("Current password").fill(oneTimePassword);
    await newcomer.getByLabel("New password", { exact: true }).fill("a-brand-new-password");
    await newcomer.getByLabel("Repeat the new password").fill("a-brand-new-password");
    await newcomer.getByRole("button", { name: "Change password" }).click();
    await expect(newcomer).toHaveURL(/\/my-work/);
    await expect(newcomer.getByTestId("current-user")).toContainText("Nadia New");
    await expect(newcomer.getByTestId("current-user")).toContainText("Reviewer");
    await context.close();
  });

  test("a deactivated user is signed out at their next request", async ({ page, browser }) => {
    const admin = await seedUser("admin");
    const editor = await seedUser("editor");
    const context = await browser.newContext();
    const editorPage = await context.newPage();
    await signIn(editorPage, editor);

    await signIn(page, admin);
    await page.goto("/admin/users");
    const row = page.getByTestId(`user-row-${editor.email}`);
    await row.getByRole("button", { name: /Deactivate/ }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Deactivate" }).click();
    await expect(row).toContainText("Deactivated");

    await editorPage.goto("/articles");
    await expect(editorPage).toHaveURL(/\/sign-in/);
    await editorPage.getByLabel("E-mail").fill(editor.email);
    await editorPage.getByLabel("Password").fill(editor.password);
    await editorPage.getByRole("button", { name: "Sign in" }).click();
    await expect(formAlert(editorPage)).toContainText("deactivated");
    await context.close();
  });
});

test.describe("security headers", () => {
  test("every page sends a Content-Security-Policy it passes, and framing is refused", async ({ page }) => {
    const admin = await seedUser("admin");
    const article = await seedArticle(admin);
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        (window as unknown as { __csp: string[] }).__csp = [...((window as unknown as { __csp?: string[] }).__csp ?? []), `${event.violatedDirective} ${event.blockedURI}`];
      });
    });
    await signIn(page, admin);
    for (const path of ["/articles", `/articles/${article.id}`, `/articles/${article.id}/edit`, `/articles/${article.id}/revisions`, "/articles/new", "/review", "/settings", "/admin/users"]) {
      const response = await page.goto(path);
      const headers = response!.headers();
      expect(headers["content-security-policy"], path).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
      expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
      expect(headers["x-frame-options"], path).toBe("DENY");
      expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
      await page.waitForLoadState("networkidle");
      expect(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []), path).toEqual([]);
    }
    expect(violations).toEqual([]);
  });
});
