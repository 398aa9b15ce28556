import { expect, test, type Page } from "./support/test";
import { seedAnnotation, seedArticle } from "./support/articles";
import { expectNoAxeViolations } from "./support/axe";
import { seedUser } from "./support/database";
import { articleTextBox } from "./support/select-text";
import { signIn } from "./support/sign-in";

// Annotations far apart, and two close together (their cards must not overlap).
const SPANS = [
  { exact: "Pakistani diplomats and an Afghan Taliban delegation", kind: "claim" },
  { exact: "Both remain neighbors and brothers", kind: "quote" },
  { exact: "have a lot in common", kind: "claim" },
  { exact: "Operation Azm-e-Istehkam", kind: "allegation" },
] as const;

/** Viewport top of the first line of `text` in the article. */
const textTop = async (page: Page, text: string) => (await articleTextBox(page, text)).top;

async function open(page: Page) {
  const editor = await seedUser("editor");
  const article = await seedArticle(editor);
  for (const span of SPANS) await seedAnnotation(article, editor, span);
  await signIn(page, editor);
  await page.goto(`/articles/${article.id}`);
  await expect(page.locator(`[data-highlights="${SPANS.length}"]`)).toBeAttached();
}

const card = (page: Page, exact: string) => page.locator(`[data-testid="annotation-card"][aria-label$="${exact}"]`);

test.describe("cards beside their text", () => {
  test("on a wide screen each card is level with its text, none overlapping, and they follow a resize", async ({ page }) => {
    await page.setViewportSize({ width: 1600, height: 900 });
    await open(page);
    const list = page.getByTestId("margin-annotation-list");
    await expect(list).toHaveAttribute("data-laid-out", String(SPANS.length));

    const check = async () => {
      const boxes = [];
      for (const span of SPANS) boxes.push({ span, box: (await card(page, span.exact).boundingBox())!, text: await textTop(page, span.exact) });
      // The far-apart ones are level with their text.
      for (const i of [1, 3]) expect(Math.abs(boxes[i].box.y - boxes[i].text)).toBeLessThan(24);
      // Close ones are pushed down, never overlapping, in document order.
      for (let i = 1; i < boxes.length; i += 1) expect(boxes[i].box.y).toBeGreaterThanOrEqual(boxes[i - 1].box.y + boxes[i - 1].box.height);
    };
    await expect.poll(async () => Math.abs((await card(page, SPANS[3].exact).boundingBox())!.y - (await textTop(page, SPANS[3].exact)))).toBeLessThan(24);
    await check();

    // Selecting a card keeps it level with its text (the ones before move up).
    await card(page, SPANS[2].exact).getByRole("button").first().click();
    await expect.poll(async () => Math.abs((await card(page, SPANS[2].exact).boundingBox())!.y - (await textTop(page, SPANS[2].exact)))).toBeLessThan(24);

    // After a resize the text reflows and the cards follow it; the open card stays level, the next one below it.
    await page.setViewportSize({ width: 1460, height: 900 });
    await expect.poll(async () => Math.abs((await card(page, SPANS[2].exact).boundingBox())!.y - (await textTop(page, SPANS[2].exact)))).toBeLessThan(24);
    const opened = (await card(page, SPANS[2].exact).boundingBox())!;
    expect((await card(page, SPANS[3].exact).boundingBox())!.y).toBeGreaterThanOrEqual(opened.y + opened.height);
    await expectNoAxeViolations(page);
  });

  test("on a narrower screen the cards are a list", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await open(page);
    await expect(page.getByTestId("annotation-card")).toHaveCount(SPANS.length);
    await expect(page.getByTestId("margin-annotation-list")).toHaveCount(0);
  });
});
