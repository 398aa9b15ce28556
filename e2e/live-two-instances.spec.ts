import { expect, test } from "./support/test";
import { SECOND_INSTANCE_URL } from "../playwright.config";
import { seedArticle } from "./support/articles";
import { seedUser } from "./support/database";
import { highlightedTexts } from "./support/highlights";
import { dragSelect } from "./support/select-text";
import { signIn } from "./support/sign-in";

const QUOTE = "We thank them for their hospitality";

test.describe("live desk across two app instances", () => {
  test("a quote tagged through instance 1 appears, live, for a reader connected to instance 2; presence crosses too", async ({ browser }) => {
    const [editorA, editorB] = [await seedUser("editor", { name: "Ines Instance" }), await seedUser("editor", { name: "Omar Other" })];
    const article = await seedArticle(editorA);

    const pageA = await (await browser.newContext()).newPage();
    const pageB = await (await browser.newContext({ baseURL: SECOND_INSTANCE_URL })).newPage();
    await signIn(pageA, editorA);
    await signIn(pageB, editorB);
    expect(new URL(pageB.url()).origin).toBe(SECOND_INSTANCE_URL);
    await pageA.goto(`/articles/${article.id}`);
    await pageB.goto(`/articles/${article.id}`);

    await expect(pageA.getByTestId("presence-person").filter({ hasText: "OO" })).toBeVisible();
    await expect(pageB.getByTestId("presence-person").filter({ hasText: "II" })).toBeVisible();

    await dragSelect(pageA, QUOTE);
    await pageA.keyboard.press("q");
    const form = pageA.getByRole("form", { name: "Save quote" });
    await form.getByLabel("Speaker").fill("Zabihullah Mujahid");
    await form.getByRole("button", { name: "Save" }).click();
    await expect(pageA.getByTestId("annotation-card").first().getByRole("button", { name: "Submit for review" })).toBeVisible();

    await expect.poll(() => highlightedTexts(pageB, "quote"), { timeout: 2_000 }).toEqual([QUOTE]);
    await expect(pageB.getByTestId("live-announcer")).toHaveText(`1 new annotation by ${editorA.name}`);
  });
});
