import { expect, test } from "./support/test";
import { MUTABLE_PAGE, startEvidenceServer, type EvidenceServer } from "../lib/archive/test-support/evidence-server";
import { seedArticle } from "./support/articles";
import { seedUser, testDb } from "./support/database";
import { dragSelect } from "./support/select-text";
import { signIn } from "./support/sign-in";

const CLAIM = "have a lot in common, including a strong desire for regional peace";

let server: EvidenceServer;
test.beforeAll(async () => {
  server = await startEvidenceServer();
});
test.afterAll(async () => {
  await server.close();
});

test("an editor adds evidence, sees it archived, opens the snapshot, and a link check flags the changed page", async ({ page }) => {
  test.setTimeout(120_000);
  server.setMutable(MUTABLE_PAGE("Exports grew by 8 per cent last year."));
  const editor = await seedUser("editor");
  const article = await seedArticle(editor);
  await signIn(page, editor);
  await page.goto(`/articles/${article.id}`);
  await expect(page.getByRole("heading", { name: article.title })).toBeVisible();

  await dragSelect(page, CLAIM);
  await page.keyboard.press("c");
  const form = page.getByRole("form", { name: "Save claim" });
  await form.getByLabel("Claimant (who makes the claim)").fill("Muhammad Aejaz");
  await form.getByRole("button", { name: "Add evidence" }).click();
  await form.getByLabel("Evidence 1 URL").fill(`${server.base}/mutable`);
  await form.getByLabel("Title").fill("Statistics bureau release");
  await form.getByRole("button", { name: "Save" }).click();

  const card = page.getByTestId("annotation-card");
  await expect(card).toHaveCount(1);
  const today = new Date().toISOString().slice(0, 10);
  const archived = card.getByRole("link", { name: `archived ${today}` });
  await expect(archived).toBeVisible({ timeout: 30_000 });
  const stored = await testDb().evidenceSnapshot.findFirstOrThrow({ where: { evidence: { annotation: { articleId: article.id } }, kind: "archive" } });
  await expect(card.getByTestId("evidence-archive")).toContainText(`SHA-256 ${stored.sha256!.slice(0, 16)}`);

  await archived.click();
  await expect(page.getByRole("heading", { name: "Evidence archive" })).toBeVisible();
  const snapshot = page.getByTestId("snapshot");
  await expect(snapshot.getByTestId("snapshot-text")).toContainText("Exports grew by 8 per cent last year.");
  await expect(snapshot.getByTestId("snapshot-sha256")).toHaveText(stored.sha256!);
  await expect(snapshot).toContainText(`${server.base}/mutable`);

  // The page changes after it was archived; a link check notices, and the first snapshot stays.
  server.setMutable(MUTABLE_PAGE("Exports grew by 5 per cent last year."));
  await page.getByRole("link", { name: article.title, exact: true }).click();
  await page.getByRole("button", { name: "Check links" }).click();
  await page.getByTestId("annotation-card").getByRole("button", { name: /Claim/ }).click();
  await expect(page.getByTestId("link-state")).toContainText("page changed since archived", { timeout: 30_000 });
  await expect(page.getByTestId("annotation-card").getByRole("link", { name: `archived ${today}` })).toBeVisible();

  const snapshots = await testDb().evidenceSnapshot.findMany({ where: { evidence: { annotation: { articleId: article.id } } }, orderBy: { fetchedAt: "asc" } });
  expect(snapshots.map((s) => [s.kind, s.linkState])).toEqual([
    ["archive", null],
    ["check", "changed"],
  ]);
  expect(snapshots[0].sha256).toBe(stored.sha256);
  expect(snapshots[1].text).toContain("Exports grew by 5 per cent last year.");

  await page.getByTestId("link-state").getByRole("link", { name: "view check" }).click();
  await expect(page.getByTestId("snapshot-text")).toContainText("Exports grew by 5 per cent last year.");
  await expect(page.getByTestId("snapshot")).toContainText("changed since archived");
});

test("an evidence link that answers 404 says why archiving failed, and a retry archives it again", async ({ page }) => {
  const editor = await seedUser("editor");
  const article = await seedArticle(editor);
  await signIn(page, editor);
  await page.goto(`/articles/${article.id}`);
  await dragSelect(page, CLAIM);
  await page.keyboard.press("c");
  const form = page.getByRole("form", { name: "Save claim" });
  await form.getByLabel("Claimant (who makes the claim)").fill("Muhammad Aejaz");
  await form.getByRole("button", { name: "Add evidence" }).click();
  await form.getByLabel("Evidence 1 URL").fill(`${server.base}/gone`);
  await form.getByRole("button", { name: "Save" }).click();
  const status = page.getByTestId("evidence-archive");
  await expect(status).toContainText("archiving failed: The site answered 404 Not Found.", { timeout: 30_000 });
  await status.getByRole("button", { name: "Retry archiving" }).click();
  await expect.poll(() => testDb().evidenceSnapshot.count({ where: { evidence: { annotation: { articleId: article.id } } } }), { timeout: 30_000 }).toBe(2);
  await expect(status).toContainText("archiving failed: The site answered 404 Not Found.");
  await expect(status.getByRole("button", { name: "Retry archiving" })).toBeVisible();
});
