import { extractText } from "unpdf";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db/prisma";
import { tokenFor } from "@/test/integration/api-client";
import { createTestUser } from "@/test/integration/factories";
import { GET as reportRoute } from "../../../../(app)/articles/[id]/report/route";
import { ALLEGATION, annotate, BASE, CLAIM, download, FORWARDED, newArticle, QUOTE, seed, TITLE, type Seeded } from "./export-fixtures.test-helper";
import { GET as exportRoute } from "./route";

// The printable report reads the session through getCurrentUser (cookies); tests set the user here.
const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/server/auth/current-user", () => ({ getCurrentUser: async () => session.user }));
beforeEach(() => {
  session.user = null;
});

async function pdfText(token: string, id: string, query: string): Promise<string> {
  const response = await exportRoute(new Request(`http://localhost/api/articles/${id}/export${query}`, { headers: { authorization: `Bearer ${token}`, ...FORWARDED } }), {
    params: Promise.resolve({ id }),
  });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/pdf");
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect(Buffer.from(bytes.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
  const { text } = await extractText(bytes, { mergePages: true });
  return (text as string).replace(/\s+/g, " ");
}

const csvRows = (body: string) =>
  body
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n");

describe("GET /api/articles/{id}/export", () => {
  let s: Seeded;
  beforeAll(async () => {
    s = await seed();
  });

  it("html: the report of approved annotations, a download with a strict CSP", async () => {
    const r = await download(s.token, s.id, "?format=html");
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(r.headers.get("content-disposition")).toBe(
      `attachment; filename="grid-jobs-the-minister-s-claims-factdesk-report.html"; filename*=UTF-8''grid-jobs-the-minister-s-claims-factdesk-report.html`,
    );
    expect(r.headers.get("cache-control")).toBe("private, no-store");
    expect(r.headers.get("x-content-type-options")).toBe("nosniff");
    expect(r.headers.get("content-security-policy")).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
    const html = r.json as string;
    expect(html).toContain('<meta http-equiv="Content-Security-Policy"');
    expect(html).toContain("Grid &amp; jobs: the minister&#39;s claims");
    expect(html).toContain(`id="annotation-${s.claim}"`);
    expect(html).toContain(`id="annotation-${s.quote}"`);
    expect(html).not.toContain(`id="annotation-${s.allegation}"`);
    expect(html).toContain("Ravi Reviewer");
    expect(html).not.toContain("<script");
  });

  it("pdf: made on the server, with the title, the quoted texts and page numbers", async () => {
    const text = await pdfText(s.token, s.id, "?format=pdf");
    expect(text).toContain(TITLE);
    expect(text).toContain(CLAIM);
    expect(text).toContain(QUOTE);
    expect(text).toContain("Page 1 of");
    expect(text).toContain("Approved annotations only");
  });

  it("w3c: an AnnotationCollection with both approved annotations and their selectors", async () => {
    const r = await download(s.token, s.id, "?format=w3c");
    expect(r.headers.get("content-type")).toBe('application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"');
    expect(r.headers.get("content-disposition")).toMatch(/^attachment; filename="[a-z0-9.-]+-annotations\.jsonld"; filename\*=UTF-8''/);
    const collection = r.json;
    expect(collection["@context"]).toBe("http://www.w3.org/ns/anno.jsonld");
    expect(collection.id).toBe(`${BASE}/api/articles/${s.id}/export?format=w3c`);
    expect(collection.total).toBe(2);
    const items = collection.first.items as { id: string; creator: { id: string }; target: { selector: Record<string, unknown>[] } }[];
    const quotes = items.map((item) => item.target.selector.find((sel) => sel.type === "TextQuoteSelector")!.exact);
    expect(quotes).toEqual([CLAIM, QUOTE]);
    const stored = await db().articleRevision.findFirstOrThrow({ where: { articleId: s.id }, select: { text: true } });
    const start = stored.text.indexOf(CLAIM);
    expect(items[0].target.selector).toContainEqual({ type: "TextPositionSelector", start, end: start + CLAIM.length });
    expect(items[0].creator.id).toBe(`${BASE}/users/${s.editor.id}`);
  });

  it("w3c: the collection's first and last links are pages the route serves, each item standing alone", async () => {
    const collection = (await download(s.token, s.id, "?format=w3c&scope=all")).json;
    expect(collection.first.id).toBe(`${BASE}/api/articles/${s.id}/export?format=w3c&scope=all&page=1`);
    expect(collection.last).toBe(collection.first.id);
    const link = new URL(collection.last);
    const r = await download(s.token, s.id, link.search);
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toBe('application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"');
    expect(r.headers.get("cache-control")).toBe("private, no-store");
    const page = r.json;
    expect(page["@context"]).toBe("http://www.w3.org/ns/anno.jsonld");
    expect([page.id, page.type, page.startIndex]).toEqual([collection.first.id, "AnnotationPage", 0]);
    expect(page.partOf).toEqual({ id: collection.id, total: collection.total });
    expect(page.next).toBeUndefined();
    const ids = (items: { id: string }[]) => items.map((item) => item.id);
    expect(ids(page.items)).toEqual(ids(collection.first.items));
    for (const item of page.items) expect(item["@context"]).toBe("http://www.w3.org/ns/anno.jsonld");
  });

  it("w3c: 404 past the last page, 400 naming page for a malformed page or a page of another format", async () => {
    const past = await download(s.token, s.id, "?format=w3c&page=2");
    expect([past.status, past.json.error.code]).toEqual([404, "not_found"]);
    for (const query of ["?format=w3c&page=0", "?format=w3c&page=-1", "?format=w3c&page=x", "?format=w3c&page=", "?format=pdf&page=1"]) {
      const r = await download(s.token, s.id, query);
      expect([r.status, Object.keys(r.json.error.fieldErrors)], query).toEqual([400, ["page"]]);
    }
  });

  it("claimreview: one review of the false claim, by the organisation, whose url opens the report at the claim", async () => {
    const r = await download(s.token, s.id, "?format=claimreview");
    expect(r.headers.get("content-type")).toBe("application/ld+json; charset=utf-8");
    const review = r.json;
    expect(Array.isArray(review)).toBe(false);
    expect(review["@type"]).toBe("ClaimReview");
    expect(review.claimReviewed).toBe(CLAIM);
    expect(review.reviewRating.alternateName).toBe("False");
    expect(review.author).toMatchObject({ "@type": "Organization", name: process.env.FACTDESK_ORGANISATION_NAME ?? "Factdesk" });
    expect(review.datePublished).toBe("2024-06-21");
    expect(review.url).toBe(`${BASE}/articles/${s.id}/report#annotation-${s.claim}`);

    // The url's page and anchor exist: the report route serves that article with that endnote.
    const url = new URL(review.url);
    session.user = { ...s.reviewer, mustChangePassword: false };
    const report = await reportRoute(new Request(`http://localhost${url.pathname}`), { params: Promise.resolve({ id: s.id }) });
    expect(report.status).toBe(200);
    expect(await report.text()).toContain(`id="${url.hash.slice(1)}"`);
  });

  it("csv: a header and one row per approved annotation, with the latest decision's reviewer", async () => {
    const r = await download(s.token, s.id, "?format=csv");
    expect(r.headers.get("content-type")).toBe("text/csv; charset=utf-8; header=present");
    const rows = csvRows(r.json as string);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(/^number,id,kind,status,/);
    expect(rows[1]).toContain(s.claim);
    expect(rows[1]).toContain("Ravi Reviewer,2024-06-21T10:30:00.000Z");
    expect(rows[2]).toContain(s.quote);
  });

  it("scope=all adds the submitted allegation, with its status, to every format but ClaimReview", async () => {
    const csv = csvRows((await download(s.token, s.id, "?format=csv&scope=all")).json as string);
    expect(csv).toHaveLength(4);
    expect(csv.find((row) => row.includes(s.allegation))).toContain(",allegation,submitted,");
    const w3c = (await download(s.token, s.id, "?format=w3c&scope=all")).json;
    expect([w3c.total, w3c.id]).toEqual([3, `${BASE}/api/articles/${s.id}/export?format=w3c&scope=all`]);
    const html = (await download(s.token, s.id, "?format=html&scope=all")).json as string;
    expect(html).toContain(`id="annotation-${s.allegation}"`);
    expect(html).toContain("Submitted");
    const pdf = await pdfText(s.token, s.id, "?format=pdf&scope=all");
    expect(pdf).toContain(ALLEGATION);
    expect((await download(s.token, s.id, "?format=claimreview&scope=all")).json.reviewRating.alternateName).toBe("False");
  });
});

describe("export edge cases and access", () => {
  it("an article without approved annotations is a valid, clearly empty export in every format", async () => {
    const editor = await createTestUser("editor");
    const token = await tokenFor(editor);
    const id = await newArticle(token, "Nothing approved yet");
    await annotate(editor, id, CLAIM, "claim", "submitted");
    const html = await download(token, id, "?format=html");
    expect([html.status, html.json]).toEqual([200, expect.stringContaining("No approved annotations yet.")]);
    const w3c = (await download(token, id, "?format=w3c")).json;
    expect([w3c.type, w3c.total, w3c.first]).toEqual(["AnnotationCollection", 0, undefined]);
    expect((await download(token, id, "?format=claimreview")).json).toEqual([]);
    expect(csvRows((await download(token, id, "?format=csv")).json as string)).toHaveLength(1);
    const pdf = await pdfText(token, id, "?format=pdf");
    expect(pdf).toContain("No approved annotations yet.");
  });

  it("401 without credentials, 404 for a missing or deleted article, for every role the same", async () => {
    const editor = await createTestUser("editor");
    const token = await tokenFor(editor);
    const id = await newArticle(token);
    const anonymous = await download(undefined, id, "?format=csv");
    expect([anonymous.status, anonymous.json.error.code]).toEqual([401, "unauthenticated"]);
    for (const role of ["editor", "reviewer", "admin"] as const) {
      const caller = await tokenFor(await createTestUser(role));
      expect((await download(caller, id, "?format=csv")).status).toBe(200);
      const missing = await download(caller, "no-such-article", "?format=csv");
      expect([missing.status, missing.json.error]).toEqual([404, { code: "not_found", message: "Article not found" }]);
    }
    await db().article.update({ where: { id }, data: { deletedAt: new Date() } });
    expect((await download(token, id, "?format=pdf")).status).toBe(404);
  });

  it("400 naming format for an unknown or missing format, and naming scope for an unknown scope", async () => {
    const token = await tokenFor(await createTestUser("reviewer"));
    const id = await newArticle(await tokenFor(await createTestUser("editor")));
    for (const query of ["?format=docx", "", "?format="]) {
      const r = await download(token, id, query);
      expect([r.status, r.json.error.code]).toEqual([400, "invalid"]);
      expect(r.json.error.fieldErrors.format).toMatch(/html, pdf, w3c, claimreview or csv/);
    }
    const scope = await download(token, id, "?format=csv&scope=mine");
    expect([scope.status, Object.keys(scope.json.error.fieldErrors)]).toEqual([400, ["scope"]]);
  });

  it("builds links on FACTDESK_BASE_URL's absence from the request (Host), ignoring a malformed forwarded host", async () => {
    const token = await tokenFor(await createTestUser("reviewer"));
    const id = await newArticle(await tokenFor(await createTestUser("editor")));
    const plain = await download(token, id, "?format=w3c", { host: "factdesk.local:3000" });
    expect(plain.json.id).toBe(`http://factdesk.local:3000/api/articles/${id}/export?format=w3c`);
    const hostile = await download(token, id, "?format=w3c", { "x-forwarded-host": "evil.example/<x>" });
    expect(hostile.json.id).toBe(`http://localhost/api/articles/${id}/export?format=w3c`);
  });
});
