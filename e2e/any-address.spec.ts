import { expect, test, type Page } from "./support/test";
import { seedUser, testDb } from "./support/database";

/**
 * The desk works from whatever address reaches it, not only http://localhost: signing in, being
 * sent back to the page asked for, and signing out all stay on the address the browser used
 * (here 127.0.0.1) when FACTDESK_BASE_URL is not set.
 */
function loopbackOrigin(baseURL: string | undefined): string {
  const url = new URL(baseURL!);
  url.hostname = "127.0.0.1";
  return url.origin;
}

async function signInAt(page: Page, origin: string, user: { email: string; password: string }, path = "/sign-in") {
  await page.goto(`${origin}${path}`);
  await expect(page).toHaveURL(new RegExp(`^${origin}/sign-in`));
  await page.getByLabel("E-mail").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test.describe("opened at 127.0.0.1 instead of localhost", () => {
  test("signs in and out without leaving 127.0.0.1", async ({ page, baseURL }) => {
    const origin = loopbackOrigin(baseURL);
    const user = await seedUser("editor");
    await signInAt(page, origin, user);
    await expect(page).toHaveURL(`${origin}/my-work`);
    await expect(page.getByTestId("current-user")).toContainText(user.name);

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(new RegExp(`^${origin}/sign-in`));
    await page.goto(`${origin}/articles`);
    await expect(page).toHaveURL(new RegExp(`^${origin}/sign-in`));
  });

  test("a deep link comes back to its page on 127.0.0.1 after signing in", async ({ page, baseURL }) => {
    const origin = loopbackOrigin(baseURL);
    const user = await seedUser("reviewer");
    await signInAt(page, origin, user, "/review");
    await expect(page).toHaveURL(`${origin}/review`);
    await expect(page.getByTestId("current-user")).toContainText(user.name);
  });

  test("a new user with a one-time password is held to changing it (API too), then lands on 127.0.0.1", async ({ page, baseURL }) => {
    const origin = loopbackOrigin(baseURL);
    const user = await seedUser("editor");
    await testDb().user.update({ where: { id: user.id }, data: { mustChangePassword: true } });
    await signInAt(page, origin, user);
    await expect(page).toHaveURL(`${origin}/change-password`);

    // The session works for nothing else, the JSON API included.
    const refused = await page.request.get(`${origin}/api/articles`);
    expect(refused.status()).toBe(403);
    expect((await refused.json()).error.code).toBe("password_change_required");

    await page.getByLabel("Current password").fill(user.password);
    await page.getByLabel("New password", { exact: true }).fill("a brand new password");
    await page.getByLabel("Repeat the new password").fill("a brand new password");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page).toHaveURL(`${origin}/my-work`);
    await expect(page.getByTestId("current-user")).toContainText(user.name);
    expect((await page.request.get(`${origin}/api/articles`)).status()).toBe(200);
  });
});
