import { expect, test, type Page } from "./support/test";
import { seedAnnotation, seedArticle } from "./support/articles";
import { expectNoAxeViolations } from "./support/axe";
import { seedUser, testDb } from "./support/database";
import { signIn } from "./support/sign-in";

/** A short Urdu article, one sentence a paragraph (the demo desk's article is from Pakistan). */
const URDU_ARTICLE = ["وزیر اعظم نے کہا کہ مہنگائی کم ہو گئی ہے۔", "اپوزیشن کا الزام ہے کہ بجلی کی قیمتیں دوگنی ہو گئیں۔", "ادارہ شماریات کے مطابق مہنگائی بارہ فیصد بڑھی۔"].join("\n");

async function expectUrduDocument(page: Page) {
  await expect(page.locator("html")).toHaveAttribute("lang", "ur");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
}

/** Selects a whole paragraph of the article the way a reader does: a triple click on it. */
async function selectParagraph(page: Page, text: string) {
  await page.getByTestId("article-text").getByText(text).click({ clickCount: 3 });
}

test.describe("Urdu interface", () => {
  test("a browser that asks for Urdu gets the Urdu interface before anyone chooses", async ({ browser }) => {
    const context = await browser.newContext({ locale: "ur-PK" });
    const page = await context.newPage();
    await page.goto("/sign-in");
    await expectUrduDocument(page);
    await expect(page.getByRole("heading", { name: "سائن اِن" })).toBeVisible();
    await expect(page.getByLabel("پاس ورڈ")).toBeVisible();
    await expectNoAxeViolations(page, "the Urdu sign-in page");
    // The same page for an English browser stays English and left to right.
    const english = await browser.newContext({ locale: "en-GB" });
    const englishPage = await english.newPage();
    await englishPage.goto("/sign-in");
    await expect(englishPage.locator("html")).toHaveAttribute("dir", "ltr");
    await expect(englishPage.getByRole("heading", { name: "Sign in" })).toBeVisible();
    await expectNoAxeViolations(englishPage, "the English sign-in page");
    await context.close();
    await english.close();
  });

  test("an editor switches to Urdu in settings: mirrored layout, tagging with Urdu plurals, and a reviewer approves in Urdu", async ({ page, browser }) => {
    const editor = await seedUser("editor", { name: "عائشہ خان" });
    const reviewer = await seedUser("reviewer", { name: "Bilal Ahmed" });
    const article = await seedArticle(editor, { title: `مہنگائی پر بیان ${Date.now().toString(36)}`, text: URDU_ARTICLE });

    await signIn(page, editor);
    await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
    await expectNoAxeViolations(page, "the English settings page");
    await page.getByLabel("Interface language").selectOption("ur");

    // The whole interface turns Urdu and right to left.
    await expectUrduDocument(page);
    const nav = page.getByRole("navigation", { name: "مرکزی" });
    await expect(nav.getByRole("link", { name: "ترتیبات" })).toBeVisible();
    await expect(page.getByLabel("انٹرفیس کی زبان")).toHaveValue("ur");
    // Mirrored: the first item of the navigation is the rightmost one, the last the leftmost.
    const first = await nav.getByRole("link", { name: "میرا کام" }).boundingBox();
    const last = await nav.getByRole("link", { name: "ترتیبات" }).boundingBox();
    expect(first!.x).toBeGreaterThan(last!.x);
    await expectNoAxeViolations(page, "the Urdu settings page");

    // It stays Urdu on the next page and after signing in again (saved on the account).
    await nav.getByRole("link", { name: "میرا کام" }).click();
    await expect(page.getByRole("heading", { name: "میرا کام", level: 1 })).toBeVisible();
    await expectNoAxeViolations(page, "the Urdu My work page");
    expect((await testDb().user.findUniqueOrThrow({ where: { id: editor.id } })).locale).toBe("ur");

    // Tagging: the form, the card and the counts are in Urdu, with the right plural forms.
    await page.goto(`/articles/${article.id}`);
    await expectUrduDocument(page);
    await expect(page.getByTestId("review-progress")).toContainText("ابھی کوئی نشان نہیں لگا");
    await selectParagraph(page, "وزیر اعظم نے کہا کہ مہنگائی کم ہو گئی ہے۔");
    await page.keyboard.press("c");
    const form = page.getByRole("form", { name: "محفوظ کریں دعویٰ" });
    await form.getByLabel("دعویٰ کرنے والا (جو دعویٰ کرتا ہے)").fill("وزیر اعظم");
    await form.getByLabel("فیصلہ").selectOption({ label: "غلط" });
    await form.getByRole("button", { name: "محفوظ کریں" }).click();
    await expect(page.getByRole("status").filter({ hasText: "دعویٰ بطور مسودہ محفوظ ہو گیا۔" })).toBeVisible();
    await expect(page.getByTestId("count-claim")).toHaveText("1 دعویٰ");
    await selectParagraph(page, "ادارہ شماریات کے مطابق مہنگائی بارہ فیصد بڑھی۔");
    await page.keyboard.press("c");
    await page.getByRole("form", { name: "محفوظ کریں دعویٰ" }).getByLabel("دعویٰ کرنے والا (جو دعویٰ کرتا ہے)").fill("ادارہ شماریات");
    await page.getByRole("form", { name: "محفوظ کریں دعویٰ" }).getByRole("button", { name: "محفوظ کریں" }).click();
    await expect(page.getByTestId("count-claim")).toHaveText("2 دعوے");
    const card = page.getByTestId("annotation-card").first();
    await expect(card).toContainText("وزیر اعظم · غلط");
    await expect(card.getByTestId("status-badge")).toHaveText("مسودہ");
    // User text reads in its own direction.
    await expect(card.locator('[dir="auto"]').first()).toBeVisible();
    await page.getByRole("button", { name: "اپنے 2 مسودے جمع کریں" }).click();
    await expect(page.getByRole("status").filter({ hasText: "2 مسودے جائزے کے لیے جمع ہو گئے۔" })).toBeVisible();
    await expectNoAxeViolations(page, "the Urdu article page");

    // The reviewer, also on Urdu, approves from the queue.
    await testDb().user.update({ where: { id: reviewer.id }, data: { locale: "ur" } });
    const reviewerContext = await browser.newContext();
    const reviewerPage = await reviewerContext.newPage();
    await signIn(reviewerPage, reviewer);
    await expectUrduDocument(reviewerPage);
    await reviewerPage.getByRole("navigation", { name: "مرکزی" }).getByRole("link", { name: "جائزے کی قطار" }).click();
    await expect(reviewerPage.getByRole("heading", { name: "جائزے کی قطار", level: 1 })).toBeVisible();
    await reviewerPage.getByRole("form", { name: "قطار چھانٹیں" }).getByLabel("مضمون").selectOption({ label: article.title });
    await reviewerPage.getByRole("button", { name: "لاگو کریں" }).click();
    await expect(reviewerPage.getByTestId("queue-item")).toHaveCount(2);
    await expect(reviewerPage.getByText("2 منتظر۔")).toBeVisible();
    await expectNoAxeViolations(reviewerPage, "the Urdu review queue");
    const item = reviewerPage.getByTestId("queue-item").first();
    await item.getByRole("button", { name: /منظور کریں/ }).click();
    await expect(item.getByTestId("status-badge")).toHaveText("منظور شدہ");
    await expectNoAxeViolations(reviewerPage, "the Urdu review queue after a decision");
    await reviewerContext.close();

    // Back to English: the choice can be undone ("same as my browser"). (The article page may be
    // refreshing itself after the reviewer's decision arrived live: a navigation it aborts is retried.)
    await expect(async () => {
      await page.goto("/settings");
    }).toPass({ timeout: 15_000 });
    await page.getByLabel("انٹرفیس کی زبان").selectOption("browser");
    await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
    await expect(page.getByRole("heading", { name: "Settings", level: 1 })).toBeVisible();
  });

  test("a reviewer on Urdu: keyboard help, the tagging form with earlier claims, desk search, dashboard and report", async ({ page }) => {
    const editor = await seedUser("editor", { name: "عائشہ خان" });
    const reviewer = await seedUser("reviewer", { name: "بلال احمد" });
    const article = await seedArticle(editor, { title: `مہنگائی کی رپورٹ ${Date.now().toString(36)}`, text: URDU_ARTICLE });
    await seedAnnotation(article, editor, {
      exact: "وزیر اعظم نے کہا کہ مہنگائی کم ہو گئی ہے۔",
      kind: "claim",
      status: "approved",
      fields: { claimant: "وزیر اعظم", verdict: "false", rationale: "" },
    });
    await testDb().user.update({ where: { id: reviewer.id }, data: { locale: "ur" } });
    await signIn(page, reviewer);
    await expectUrduDocument(page);

    // The article page: the selection hint and every keyboard shortcut in Urdu.
    await page.goto(`/articles/${article.id}`);
    await expect(page.locator("#article-keys-hint")).toContainText("کیرٹ والے جملے");
    await page.getByText("کی بورڈ شارٹ کٹ").click();
    const help = page.getByTestId("keyboard-help");
    await expect(help).toContainText("اگلا یا پچھلا نشان");
    await expect(help).toContainText("منتخب نشان منظور، مسترد یا واپس بھیجیں");
    await expect(help).not.toContainText("Next or previous annotation");
    await expectNoAxeViolations(page, "the Urdu keyboard help");

    // Tagging a claim: the form's title, and the claims the desk checked before, in Urdu.
    await selectParagraph(page, "ادارہ شماریات کے مطابق مہنگائی بارہ فیصد بڑھی۔");
    await page.keyboard.press("c");
    const form = page.getByRole("form", { name: "محفوظ کریں دعویٰ" });
    await expect(page.getByRole("heading", { name: "نیا دعویٰ" })).toBeVisible();
    const earlier = form.getByRole("region", { name: "پہلے جانچا گیا" });
    await expect(earlier).toContainText(/مشابہ/);
    await expect(earlier).not.toContainText("Checked before");
    await expectNoAxeViolations(page, "the Urdu tagging form with earlier claims");
    await page.keyboard.press("Escape");
    await expect(form).toHaveCount(0);

    // The desk search, from the header box to the results page.
    const box = page.getByRole("searchbox", { name: "ڈیسک میں تلاش کریں" });
    await box.fill("مہنگائی");
    await box.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=/);
    await expect(page.getByRole("heading", { name: "تلاش", level: 1 })).toBeVisible();
    await expect(page.getByRole("form", { name: "تلاش اور فلٹر" }).getByLabel("قسم")).toBeVisible();
    await expect(page.getByTestId("search-group").filter({ hasText: article.title })).toContainText("مطابقت");
    await expectNoAxeViolations(page, "the Urdu search results");

    // The dashboard.
    await page.getByRole("navigation", { name: "مرکزی" }).getByRole("link", { name: "ڈیش بورڈ" }).click();
    await expect(page.getByRole("heading", { name: "ڈیسک ڈیش بورڈ", level: 1 })).toBeVisible();
    await expect(page.getByText("1 دن سے کم").first()).toBeAttached();
    await expectNoAxeViolations(page, "the Urdu dashboard");

    // The printable report, in the reader's language and right to left.
    await page.goto(`/articles/${article.id}/report`);
    await expectUrduDocument(page);
    await expect(page.getByRole("heading", { name: "خلاصہ" })).toBeVisible();
    await expect(page.getByText("نشان زدہ متن")).toBeVisible();
    await expectNoAxeViolations(page, "the Urdu report");
  });
});
