import { extractText } from "unpdf";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { AnnotationKind } from "@/lib/domain/annotation-kinds";
import type { ReviewStatus } from "@/lib/domain/review-statuses";
import type { Actor } from "@/lib/server/auth/actor";
import type { CurrentUser } from "@/lib/server/auth/current-user";
import { createAnnotation } from "@/lib/server/annotations/create-annotation";
import { db } from "@/lib/server/db/prisma";
import { loadExportInput } from "@/lib/server/exports/load-export-input";
import type { AnnotationContent } from "@/lib/validations/annotation";
import { callRoute, tokenFor } from "@/test/integration/api-client";
import { createTestUser } from "@/test/integration/factories";
import { GET as reportRoute } from "../../../../(app)/articles/[id]/report/route";
import { POST as postArticle } from "../../route";
import { GET as exportRoute } from "./route";

// The printable report reads the session through getCurrentUser (cookies); tests set the user here.
const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/server/auth/current-user", () => ({ getCurrentUser: async () => session.user }));
beforeEach(() => {
  session.user = null;
});

const CLAIM = "unemployment had doubled since 2020";
const QUOTE = "We will fix the grid by winter";
const ALLEGATION = "Northwind Ltd inflated its invoices";
const TEXT = [
  `The minister said ${CLAIM}, a figure the statistics office disputes.`,
  `"${QUOTE}," she told reporters on Tuesday.`,
  `Critics said ${ALLEGATION} by 40%.`,
].join("\n");
const TITLE = "Grid & jobs: the minister's claims";
const BASE = "https://desk.example.org";
const FORWARDED = { "x-forwarded-proto": "https", "x-forwarded-host": "desk.example.org" };

const FIELDS: Record<AnnotationKind, AnnotationContent["fields"]> = {
  claim: { claimant: "The minister", verdict: "false", rationale: "Unemployment rose by 12%." },
  quote: { speaker: "The minister", saidWhere: "Press briefing", saidOn: "2024-06-18", wordingVerified: true },
  allegation: { allegedBy: "Critics", allegedAgainst: "Northwind Ltd", rightOfReplySought: false, rightOfReplySoughtOn: null },
};

type Seeded = { id: string; token: string; editor: Actor; reviewer: Actor; claim: string; quote: string; allegation: string };

async function newArticle(token: string, title = TITLE): Promise<string> {
  const created = await callRoute(postArticle, { method: "POST", token, body: { title, outlet: "Daily Example", text: TEXT } });
  expect(created.status).toBe(201);
  return created.json.id;
}

async function annotate(author: Actor, articleId: string, exact: string, kind: AnnotationKind, status: ReviewStatus): Promise<string> {
  const content = { kind, fields: FIELDS[kind], note: `${kind} note`, evidence: kind === "claim" ? [{ url: "https://stats.example.org/jobs", title: "Jobs data", excerpt: "", accessedOn: null }] : [] };
  const created = await createAnnotation(author, articleId, { content: content as AnnotationContent, placement: { selector: { exact } } });
  if (!created.ok) throw new Error(created.error.message);
  if (status !== "draft") await db().annotation.update({ where: { id: created.value.id }, data: { status } });
  return created.value.id;
}

/** A decision row as the review use cases write them. */
async function decide(annotationId: string, actor: Actor, action: "approve" | "request_changes" | "reopen", at: string) {
  const annotation = await db().annotation.findUniqueOrThrow({ where: { id: annotationId }, select: { revisionId: true, exact: true } });
  const toStatus = action === "approve" ? "approved" : action === "reopen" ? "submitted" : "changes_requested";
  await db().reviewDecision.create({
    data: { annotationId, actorId: actor.id, action, fromStatus: "submitted", toStatus, revisionId: annotation.revisionId, exact: annotation.exact, createdAt: new Date(at) },
  });
}

/** An approved false claim (changes requested first, then approved by another reviewer), an approved quote, a submitted allegation. */
async function seed(): Promise<Seeded> {
  const editor = await createTestUser("editor", { name: "Erin Editor" });
  const reviewer = await createTestUser("reviewer", { name: "Ravi Reviewer" });
  const early = await createTestUser("reviewer", { name: "Early Reviewer" });
  const token = await tokenFor(reviewer);
  const id = await newArticle(await tokenFor(editor));
  const claim = await annotate(editor, id, CLAIM, "claim", "approved");
  const quote = await annotate(editor, id, QUOTE, "quote", "approved");
  const allegation = await annotate(editor, id, ALLEGATION, "allegation", "submitted");
  await decide(claim, early, "request_changes", "2024-06-20T09:00:00Z");
  await decide(claim, reviewer, "approve", "2024-06-21T10:30:00Z");
  await decide(claim, early, "reopen", "2024-06-21T11:00:00Z"); // not a decision: ignored
  await decide(quote, reviewer, "approve", "2024-06-22T08:00:00Z");
  return { id, token, editor, reviewer, claim, quote, allegation };
}

function download(token: string | undefined, id: string, query: string, headers: Record<string, string> = FORWARDED) {
  return callRoute(exportRoute, { method: "GET", token, params: { id }, query, headers });
}

async function pdfText(token: string, id: string, query: string): Promise<string> {
  const response = await exportRoute(
    new Request(`http://localhost/api/articles/${id}/export${query}`, { headers: { authorization: `Bearer ${token}`, ...FORWARDED } }),
    { params: Promise.resolve({ id }) },
  );
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/pdf");
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect(Buffer.from(bytes.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
  const { text } = await extractText(bytes, { mergePages: true });
  return (text as string).replace(/\s+/g, " ");
}

const csvRows = (body: string) => body.replace(/^\uFEFF/, "").trim().split("\r\n");

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
    expect(r.headers.get("content-security-policy")).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
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

describe("GET /articles/{id}/report (printable, in the browser)", () => {
  it("sends a signed-out visitor to sign in and back, keeping the scope", async () => {
    const r = await reportRoute(new Request("http://localhost/articles/abc/report?scope=all"), { params: Promise.resolve({ id: "abc" }) });
    expect(r.status).toBe(307);
    expect(r.headers.get("location")).toBe(`/sign-in?callbackUrl=${encodeURIComponent("/articles/abc/report?scope=all")}`);
  });

  it("shows the report inline under its own CSP, and 404 for a missing article", async () => {
    const { id, reviewer, allegation } = await seed();
    session.user = { ...reviewer, mustChangePassword: false };
    const approved = await reportRoute(new Request(`http://localhost/articles/${id}/report`), { params: Promise.resolve({ id }) });
    expect(approved.status).toBe(200);
    expect(approved.headers.get("content-disposition")).toBeNull();
    expect(approved.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(await approved.text()).not.toContain(`id="annotation-${allegation}"`);
    const all = await reportRoute(new Request(`http://localhost/articles/${id}/report?scope=all`), { params: Promise.resolve({ id }) });
    expect(await all.text()).toContain(`id="annotation-${allegation}"`);
    const missing = await reportRoute(new Request("http://localhost/articles/nope/report"), { params: Promise.resolve({ id: "nope" }) });
    expect(missing.status).toBe(404);
  });
});

describe("loadExportInput at scale", () => {
  it("loads 5,000 annotations with their evidence and decisions in a few queries", async () => {
    const editor = await createTestUser("editor");
    const reviewer = await createTestUser("reviewer", { name: "Bulk Reviewer" });
    const id = await newArticle(await tokenFor(editor));
    const revision = await db().articleRevision.findFirstOrThrow({ where: { articleId: id }, select: { id: true } });
    const stored = await db().articleRevision.findFirstOrThrow({ where: { id: revision.id }, select: { text: true } });
    const start = stored.text.indexOf(QUOTE);
    const rows = Array.from({ length: 5000 }, (_, i) => ({
      id: `bulk-${id}-${String(i).padStart(4, "0")}`,
      articleId: id,
      kind: "quote" as const,
      revisionId: revision.id,
      start,
      end: start + QUOTE.length,
      exact: QUOTE,
      prefix: "",
      suffix: "",
      speaker: `Speaker ${i}`,
      status: "approved" as const,
      authorId: editor.id,
      lastEditedById: editor.id,
    }));
    await db().annotation.createMany({ data: rows });
    await db().evidence.createMany({ data: rows.map((row) => ({ annotationId: row.id, position: 0, url: "https://e.example/1" })) });
    await db().reviewDecision.createMany({
      data: rows.map((row) => ({ annotationId: row.id, actorId: reviewer.id, action: "approve" as const, fromStatus: "submitted" as const, toStatus: "approved" as const, revisionId: revision.id, exact: QUOTE })),
    });
    const began = performance.now();
    const input = await loadExportInput(editor, id, { includeAll: false, baseUrl: BASE });
    const elapsed = performance.now() - began;
    console.info(`loadExportInput: 5,000 annotations in ${Math.round(elapsed)} ms`);
    if (!input.ok) throw new Error(input.error.message);
    expect(input.value.annotations).toHaveLength(5000);
    expect(input.value.annotations.every((a) => a.evidence.length === 1 && a.reviewer?.name === "Bulk Reviewer" && a.decidedAt)).toBe(true);
    expect(elapsed).toBeLessThan(15_000);
  });
});
