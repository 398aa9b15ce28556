import { expect, type Page } from "@playwright/test";

/** Signs in through the real sign-in form, as a person would. */
export async function signIn(page: Page, user: { email: string; password: string }, expectedPath: RegExp = /\/my-work/) {
  await page.goto("/sign-in");
  await page.getByLabel("E-mail").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(expectedPath);
}

/** The page's own alert (Next's route announcer also has role="alert"). */
export function formAlert(page: Page) {
  return page.locator('[role="alert"]:not(#__next-route-announcer__)');
}
