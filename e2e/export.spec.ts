import fs from "node:fs/promises";
import { expect, test, type Locator, type Page } from "./support/test";
import { extractText } from "unpdf";
import { seedAnnotation as seedStoredAnnotation, seedArticle } from "./support/articles";
import { seedUser, type SeededUser } from "./support/database";
import { signIn } from "./support/sign-in";

const CLAIM = "a renewed national counter-terrorism initiative aimed at eradicating terrorism";
const QUOTE = "Both remain neighbors and brothers and have a lot in common";
const ALLEGATION = "which Pakistani security officials allege operates from Afghan territory";

type Article = Awaited<ReturnType<typeof seedArticle>>;
type Kind = "claim" | "quote" | "allegation";

const KIND_COLUMNS: Record<Kind, Record<string, unknown>> = {
  claim: { claimant: "Pakistan's government", verdict: "false", rationale: "The operation was announced, not launched." },
  quote: { speaker: "Muhammad Aejaz", saidWhere: "X", wordingVerified: true },
  allegation: { allegedBy: "Pakistani security officials", allegedAgainst: "TTP", rightOfReplySought: false },
};

/** An annotation on `exact` with this test's fields for its kind, in `status`. */
async function seedAnnotation(article: Article, author: SeededUser, kind: Kind, exact: string, status: "approved" | "submitted") {
  const row = await seedStoredAnnotation(article, author, { exact, kind, status, fields: KIND_COLUMNS[kind] });
  return { id: row.id, start: row.start, end: row.end };
}

/** Opens the export panel (if closed), picks the scope and clicks `link`, returning the download's text or bytes. */
async function download(page: Page, link: string, scope: "Approved only" | "All annotations, with status" = "Approved only"): Promise<Buffer> {
  const panel = await openExport(page);
  await panel.getByLabel(scope).check();
  const downloading = page.waitForEvent("download");
  await panel.getByRole("link", { name: link }).click();
  const file = await downloading;
  return fs.readFile(await file.path());
}

async function openExport(page: Page): Promise<Locator> {
  const button = page.getByRole("button", { name: "Export" });
  if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
  const panel = page.getByRole("region", { name: "Export" });
  await expect(panel).toBeVisible();
  return panel;
}

const csvRows = (bytes: Buffer) =>
  bytes
    .toString("utf8")
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n");

test.describe("exporting an article", () => {
  test("a reviewer downloads every format from the article page and each has the right content", async ({ page, request }) => {
    const editor = await seedUser("editor");
    const reviewer = await seedUser("reviewer", { name: "Rania Reviewer" });
    const article = await seedArticle(editor);
    const claim = await seedAnnotation(article, editor, "claim", CLAIM, "approved");
    const quote = await seedAnnotation(article, editor, "quote", QUOTE, "approved");
    const allegation = await seedAnnotation(article, editor, "allegation", ALLEGATION, "submitted");

    await signIn(page, reviewer);
    await page.goto(`/articles/${article.id}`);
    await expect(page.getByRole("heading", { name: article.title })).toBeVisible();

    // W3C Web Annotations: the two approved annotations with their quotes and positions.
    const w3c = JSON.parse((await download(page, "W3C Web Annotations (JSON-LD)")).toString("utf8"));
    expect([w3c.type, w3c.total]).toEqual(["AnnotationCollection", 2]);
    const items = w3c.first.items as { target: { source: string; selector: Record<string, unknown>[] } }[];
    const selectors = items.map((item) => Object.fromEntries(item.target.selector.map((s) => [s.type, s])));
    expect(selectors.map((s) => s.TextQuoteSelector.exact)).toEqual([QUOTE, CLAIM]);
    expect(selectors.map((s) => s.TextPositionSelector)).toEqual([
      { type: "TextPositionSelector", start: quote.start, end: quote.end },
      { type: "TextPositionSelector", start: claim.start, end: claim.end },
    ]);
    // Its `last` link is a page the desk serves, whose annotations each stand alone.
    const lastPage = await (await page.request.get(w3c.last)).json();
    expect([lastPage.type, lastPage.partOf.total, lastPage.items.length]).toEqual(["AnnotationPage", 2, 2]);
    for (const item of lastPage.items) expect(item["@context"]).toBe("http://www.w3.org/ns/anno.jsonld");

    // ClaimReview: one review of the false claim; its url opens the report at that claim.
    const review = JSON.parse((await download(page, "ClaimReview (JSON-LD)")).toString("utf8"));
    expect(Array.isArray(review)).toBe(false);
    expect([review["@type"], review.claimReviewed, review.reviewRating.alternateName]).toEqual(["ClaimReview", CLAIM, "False"]);
    expect(review.url).toMatch(new RegExp(`/articles/${article.id}/report#annotation-${claim.id}$`));

    // CSV: a header and the two approved rows; with "All", the submitted allegation too.
    const csv = csvRows(await download(page, "Spreadsheet (CSV)"));
    expect(csv).toHaveLength(3);
    expect(csv[0]).toMatch(/^number,id,kind,status,/);
    expect(csv.slice(1).map((row) => row.split(",")[2])).toEqual(["quote", "claim"]);
    const all = csvRows(await download(page, "Spreadsheet (CSV)", "All annotations, with status"));
    expect(all).toHaveLength(4);
    expect(all.find((row) => row.includes(allegation.id))).toContain(",allegation,submitted,");

    // PDF: made on the server; its extracted text has the title, the quotes and page numbers.
    const pdf = await download(page, "Report (PDF)", "Approved only");
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const { text } = await extractText(new Uint8Array(pdf), { mergePages: true });
    const flat = (text as string).replace(/\s+/g, " ");
    for (const expected of [article.title, CLAIM, QUOTE, "Page 1 of"]) expect(flat).toContain(expected);
    expect(flat).toContain("By review status: Approved 2");
    expect(flat).toMatch(/\d \[False\]/); // the claim's verdict beside its highlight
    expect(flat).not.toContain(`“${ALLEGATION}”`); // in the text, but not among the notes

    // The HTML report file, downloaded.
    const htmlFile = (await download(page, "Report (HTML file)")).toString("utf8");
    expect(htmlFile).toContain(`id="annotation-${claim.id}"`);

    // The printable report opens in a new tab and shows the endnotes.
    const panel = await openExport(page);
    const opening = page.waitForEvent("popup");
    await panel
      .getByRole("link", { name: /Report \(HTML\)/ })
      .first()
      .click();
    const report = await opening;
    await expect(report).toHaveURL(new RegExp(`/articles/${article.id}/report$`));
    await expect(report.getByRole("heading", { level: 1 })).toHaveText(article.title);
    await expect(report.getByRole("heading", { name: "Notes" })).toBeVisible();
    await expect(report.locator(`#annotation-${claim.id}`)).toContainText("False");
    await expect(report.locator(`#marker-${claim.id} + .verdict-tag`)).toHaveText(/\[False\]/);
    await expect(report.locator(`#annotation-${quote.id}`)).toContainText("Muhammad Aejaz");
    await expect(report.locator(`#annotation-${allegation.id}`)).toHaveCount(0);
    await expect(report.locator("script")).toHaveCount(0);
    await expect(report.locator("nav, [data-testid=article-actions]")).toHaveCount(0);

    // The ClaimReview url, followed by the signed-in reviewer, lands on the claim's endnote.
    await report.goto(review.url);
    await expect(report.locator(`#annotation-${claim.id}`)).toBeInViewport();
    expect(await report.evaluate(() => document.querySelector(":target")?.id)).toBe(`annotation-${claim.id}`);
    // Its strict policy holds in the page: the header (unless the proxy's app policy takes its
    // place) and, either way, the same policy in a <meta> (policies combine; the stricter wins).
    const served = await report.request.get(`/articles/${article.id}/report`);
    expect(served.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(await report.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content")).toContain("default-src 'none'");
    expect(served.headers()["content-type"]).toBe("text/html; charset=utf-8");

    // Anonymous callers get 401 from the API and the sign-in page instead of the report.
    const anonymous = await request.get(`/api/articles/${article.id}/export?format=csv`);
    expect(anonymous.status()).toBe(401);
    const anonymousReport = await request.get(`/articles/${article.id}/report`, { maxRedirects: 0 });
    expect(anonymousReport.status()).toBe(307);
    expect(anonymousReport.headers().location).toContain("/sign-in");
  });

  test("an article with no approved annotations exports a clearly empty report", async ({ page }) => {
    const editor = await seedUser("editor");
    const reviewer = await seedUser("reviewer");
    const article = await seedArticle(editor);
    await seedAnnotation(article, editor, "claim", CLAIM, "submitted");
    await signIn(page, reviewer);
    await page.goto(`/articles/${article.id}`);
    const csv = csvRows(await download(page, "Spreadsheet (CSV)"));
    expect(csv).toHaveLength(1);
    expect(JSON.parse((await download(page, "ClaimReview (JSON-LD)")).toString("utf8"))).toEqual([]);
    const { text } = await extractText(new Uint8Array(await download(page, "Report (PDF)")), { mergePages: true });
    expect((text as string).replace(/\s+/g, " ")).toContain("No approved annotations yet.");
  });
});
