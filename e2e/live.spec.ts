import { expect, test, type Browser, type Page } from "./support/test";
import { seedArticle } from "./support/articles";
import { seedUser, type SeededUser } from "./support/database";
import { highlightedTexts } from "./support/highlights";
import { dragSelect } from "./support/select-text";
import { signIn } from "./support/sign-in";

const QUOTE = "We thank them for their hospitality";

async function personIn(browser: Browser, user: SeededUser): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, user);
  return page;
}

/** The initials the presence row shows for `name` ("Ana Editor" → "AE"). */
const initials = (name: string) =>
  name
    .split(" ")
    .map((word) => word[0])
    .join("")
    .toUpperCase();

test.describe("live desk", () => {
  test("two editors and a reviewer see each other's work live: tagging, the duplicate warning, the queue, approval and presence", async ({ browser }) => {
    const [editorA, editorB, reviewer] = [await seedUser("editor", { name: "Ana Alpha" }), await seedUser("editor", { name: "Ben Bravo" }), await seedUser("reviewer", { name: "Riya Sharma" })];
    const article = await seedArticle(editorA);

    const pageA = await personIn(browser, editorA);
    const pageB = await personIn(browser, editorB);
    const pageR = await personIn(browser, reviewer);
    await pageA.goto(`/articles/${article.id}`);
    await pageB.goto(`/articles/${article.id}`);
    // The reviewer watches the queue for this article (filtered), empty to start with.
    await pageR.goto(`/review?article=${encodeURIComponent(article.id)}`);
    await expect(pageR.getByText("Nothing is waiting for review.")).toBeVisible();

    // Presence: each editor sees the other.
    await expect(pageA.getByTestId("presence-person").filter({ hasText: initials(editorB.name) })).toBeVisible();
    await expect(pageB.getByTestId("presence-person").filter({ hasText: initials(editorA.name) })).toBeVisible();

    // A tags a quote and submits it; B sees it highlighted within a second, without a reload.
    await dragSelect(pageA, QUOTE);
    await pageA.keyboard.press("q");
    const form = pageA.getByRole("form", { name: "Save quote" });
    await form.getByLabel("Speaker").fill("Zabihullah Mujahid");
    await form.getByRole("button", { name: "Save" }).click();
    const cardA = pageA.getByTestId("annotation-card").first();
    await expect(cardA.getByRole("button", { name: "Submit for review" })).toBeVisible();
    const scrollBefore = await pageB.evaluate(() => window.scrollY);
    await expect.poll(() => highlightedTexts(pageB, "quote"), { timeout: 1_000 }).toEqual([QUOTE]);
    const cardB = pageB.getByTestId("annotation-card").first();
    await expect(cardB).toHaveAttribute("data-live-changed", "true");
    await expect(pageB.getByTestId("live-announcer")).toHaveText(`1 new annotation by ${editorA.name}`);
    expect(await pageB.evaluate(() => window.scrollY)).toBe(scrollBefore);

    await cardA.getByRole("button", { name: "Submit for review" }).click();
    await expect(cardA).toContainText("Submitted");
    await expect(cardB).toContainText("Submitted", { timeout: 1_000 });

    // B tries to tag the same span: warned before saving, with a link to A's quote.
    await dragSelect(pageB, QUOTE);
    await pageB.keyboard.press("q");
    const warning = pageB.getByTestId("duplicate-warning");
    await expect(warning).toContainText("already tagged as a quote");
    await expect(warning).toContainText(editorA.name);
    await warning.getByRole("button", { name: "Show it" }).click();
    await expect(cardB).toHaveAttribute("aria-current", "true");
    await pageB.getByRole("form", { name: "Save quote" }).getByRole("button", { name: "Cancel" }).click();

    // The reviewer's queue shows it live; opening it tells the others who is reviewing.
    const item = pageR.getByTestId("queue-item");
    await expect(item).toHaveCount(1, { timeout: 2_000 });
    await expect(item.getByTestId("queue-context")).toContainText(QUOTE);
    await expect(pageR.getByText("1 waiting")).toBeVisible();
    await item.locator("button[aria-expanded]").click();
    await expect(item.getByRole("button", { name: /Approve/ })).toBeVisible();
    await expect(pageA.getByTestId("presence-person").filter({ hasText: "RS" })).toHaveAttribute("data-activity", "reviewing");

    // Presence on A's page shows both others.
    await expect(pageA.getByTestId("presence-person")).toHaveCount(2);

    // The reviewer approves; A's card turns approved without a reload.
    await item.getByRole("button", { name: /Approve/ }).click();
    await expect(item).toContainText("Approved");
    await expect(cardA).toContainText("Approved", { timeout: 1_000 });
    await expect(pageA.getByTestId("live-announcer")).toHaveText(`1 annotation approved by ${reviewer.name}`);

    // The reviewer leaves: gone from A's presence within a few seconds.
    await pageR.context().close();
    await expect(pageA.getByTestId("presence-person").filter({ hasText: "RS" })).toHaveCount(0, { timeout: 5_000 });
    await Promise.all([pageA.context().close(), pageB.context().close()]);
  });

  test("a reader is told when someone edits the text and saves a new revision, and loads it with N", async ({ browser, baseURL }) => {
    const [reader, writer] = [await seedUser("editor", { name: "Rita Reader" }), await seedUser("editor", { name: "Walt Writer" })];
    const article = await seedArticle(writer);
    const pageR = await personIn(browser, reader);
    const pageW = await personIn(browser, writer);
    await pageR.goto(`/articles/${article.id}`);
    const text = pageR.getByTestId("article-text");
    await expect(text).toContainText(QUOTE);

    // The writer opens the editor: the reader sees who is editing the text.
    await pageW.goto(`/articles/${article.id}/edit`);
    await expect(pageR.getByTestId("presence-person").filter({ hasText: "WW" })).toHaveAttribute("data-activity", "editing");

    // A new revision is saved; the reader's page does not change under them, it offers the new one.
    const revised = article.text.replace(QUOTE, "We thank them warmly for their hospitality");
    const saved = await pageW.request.put(`/api/articles/${article.id}`, { data: { text: revised, revision: 1 }, headers: { origin: baseURL! } });
    expect(saved.status(), await saved.text()).toBeLessThan(300);
    const banner = pageR.getByTestId("new-revision-banner");
    await expect(banner).toContainText("revision 2", { timeout: 1_000 });
    await expect(banner).toContainText(writer.name);
    await expect(text).toContainText(QUOTE);

    await pageR.keyboard.press("n");
    await expect(pageR.getByTestId("article-text")).toContainText("We thank them warmly for their hospitality");
    await expect(pageR.getByTestId("new-revision-banner")).toHaveCount(0);
    await Promise.all([pageR.context().close(), pageW.context().close()]);
  });
});
