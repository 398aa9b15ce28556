import { expect, test, type Page } from "./support/test";
import { formatCalendarDate } from "../lib/dates/format-date-time";
import { seedAnnotation, seedArticle } from "./support/articles";
import { seedUser, testDb } from "./support/database";
import { dragSelect } from "./support/select-text";
import { signIn } from "./support/sign-in";

const WEEK_AGO = new Date(Date.now() - 7 * 24 * 3600 * 1000);

/** A made-up crop no other test writes, so the desk's earlier claims can't interfere. */
const latin = () => `zq${Array.from({ length: 7 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("")}`;
/** A made-up Urdu word (Urdu letters only), likewise. */
const urdu = () => `پیداوار${Array.from({ length: 4 }, () => "بپتٹثجچحخدڈذرڑزژسشصضطظعغفقکگلمنوہی"[Math.floor(Math.random() * 35)]).join("")}`;

const cards = (page: Page) => page.getByTestId("annotation-card");

test("an editor tags a reworded claim, reuses last week's verdict and evidence, and finds both claims from the header search", async ({ page }) => {
  const crop = latin();
  const urduWord = urdu();
  const editor = await seedUser("editor");
  const reviewer = await seedUser("reviewer");

  // Last week, in another article: a claim approved as false, with evidence and a bilingual rationale.
  const oldClaim = `The ${crop} harvest reached 2 million tonnes in 2025`;
  const old = await seedArticle(editor, { title: `Harvest report ${crop}`, text: `${oldClaim}, the minister said on Monday.\n\nFarmers disputed the figure.` });
  const decided = await seedAnnotation(old, editor, {
    exact: oldClaim,
    kind: "claim",
    status: "approved",
    fields: { claimant: "The minister", verdict: "false", rationale: `The crop bureau counted 1.1 million tonnes (${urduWord}).` },
  });
  await testDb().evidence.create({ data: { annotationId: decided.id, position: 0, url: "https://stats.example.org/crops-2025", title: "Crop bureau bulletin 2025", excerpt: "1.1m tonnes" } });
  const decision = await testDb().reviewDecision.create({
    data: { annotationId: decided.id, actorId: reviewer.id, action: "approve", fromStatus: "submitted", toStatus: "approved", revisionId: old.revisionId, exact: oldClaim, createdAt: WEEK_AGO },
  });
  await testDb().annotation.update({ where: { id: decided.id }, data: { lastDecisionId: decision.id, createdAt: WEEK_AGO } });

  // Today's article words it differently.
  const newClaim = `two million tons of ${crop} were harvested in 2025`;
  const fresh = await seedArticle(editor, { title: `Farm output ${crop}`, text: `Officials say ${newClaim}, a record.\n\nThe opposition was not convinced.` });

  await signIn(page, editor);
  await page.goto(`/articles/${fresh.id}`);
  await dragSelect(page, newClaim);
  await page.keyboard.press("c");
  const form = page.getByRole("form", { name: "Save claim" });
  const panel = form.getByTestId("similar-claims");
  const first = panel.getByTestId("similar-claim").first();
  await expect(first).toContainText(oldClaim);
  await expect(first).toContainText("Strong");
  await expect(first).toContainText("False");
  await expect(first).toContainText(`Harvest report ${crop}`);
  await expect(first).toContainText(`decided ${formatCalendarDate(WEEK_AGO.toISOString().slice(0, 10), { locale: "en" })}`);
  await expect(first.getByRole("link", { name: "Open" })).toHaveAttribute("href", `/articles/${old.id}#annotation-${decided.id}`);

  // Keyboard: focus the match and press R to reuse it.
  await first.focus();
  await page.keyboard.press("r");
  await expect(form.getByTestId("reused-notice")).toContainText(`Harvest report ${crop}`);
  await expect(form.getByLabel("Verdict")).toHaveValue("false");
  await form.getByLabel("Claimant (who makes the claim)").fill("Officials");
  await form.getByRole("button", { name: "Save" }).click();
  await expect(cards(page)).toHaveCount(1);
  await expect(cards(page).first()).toContainText(`Reused from “Harvest report ${crop}”`);

  const saved = await testDb().annotation.findFirstOrThrow({ where: { articleId: fresh.id }, include: { evidence: true } });
  expect(saved).toMatchObject({ exact: newClaim, verdict: "false", claimant: "Officials", reusedFromId: decided.id, rationale: `The crop bureau counted 1.1 million tonnes (${urduWord}).` });
  expect(saved.evidence.map((e) => e.url)).toEqual(["https://stats.example.org/crops-2025"]);

  // The header search box: "/" focuses it; a phrase query finds both claims.
  await page.locator("body").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("/");
  const box = page.getByRole("searchbox", { name: "Search the desk" });
  await expect(box).toBeFocused();
  await box.fill(`${crop} "in 2025"`);
  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=/);
  const groups = page.getByTestId("search-group");
  await expect(groups).toHaveCount(2);
  await expect(groups.filter({ hasText: `Harvest report ${crop}` })).toHaveCount(1);
  await expect(groups.filter({ hasText: `Farm output ${crop}` })).toHaveCount(1);
  await expect(page.locator("mark", { hasText: "2025" }).first()).toBeVisible();

  // And an Urdu word (in both claims' rationale) finds both again; a hit opens the exact annotation.
  await page.keyboard.press("/");
  await expect(box).toBeFocused();
  await box.fill(urduWord);
  await box.press("Enter");
  await expect(groups).toHaveCount(2);
  const annotationHit = groups
    .filter({ hasText: `Farm output ${crop}` })
    .getByTestId("search-hit")
    .filter({ hasText: urduWord })
    .first();
  await expect(annotationHit).toHaveAttribute("href", `/articles/${fresh.id}#annotation-${saved.id}`);
  await annotationHit.click();
  await expect(page).toHaveURL(new RegExp(`/articles/${fresh.id}#annotation-${saved.id}$`));
  await expect(page.locator(`[data-annotation-id="${saved.id}"]`)).toHaveAttribute("aria-current", "true");
});
