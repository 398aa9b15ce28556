import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db/prisma";
import { callRoute, tokenFor } from "@/test/integration/api-client";
import { createTestUser } from "@/test/integration/factories";
import { DELETE as deleteAnnotation, GET as getAnnotation, PATCH as patchAnnotation } from "../annotations/[id]/route";
import { GET as listAnnotations, POST as postAnnotation } from "./[id]/annotations/route";
import { GET as listArticles, POST as postArticle } from "./route";

const TEXT = "The minister said the grid is fine. Critics disagree.\nThe minister said it twice, on air.";

async function editorWithToken(name?: string): Promise<{ user: Actor; token: string }> {
  const user = await createTestUser("editor", name ? { name } : {});
  return { user, token: await tokenFor(user) };
}

async function addArticle(token: string, text = TEXT, title = "Grid claims"): Promise<{ id: string; text: string }> {
  const created = await callRoute(postArticle, { method: "POST", token, body: { title, outlet: "Daily Example", text } });
  expect(created.status).toBe(201);
  return { id: created.json.id, text: created.json.text };
}

async function annotate(token: string, articleId: string, body: Record<string, unknown>) {
  return callRoute(postAnnotation, { method: "POST", token, params: { id: articleId }, body });
}

/** Every annotation row (deleted too) and audit row of an article: a refused request must change neither. */
async function writes(articleId: string) {
  const [annotations, audit] = await Promise.all([db().annotation.count({ where: { articleId } }), db().auditEvent.count({ where: { articleId } })]);
  return { annotations, audit };
}

const claim = { kind: "claim", fields: { claimant: "The minister" } };
const length = Array.from(TEXT).length;

describe("POST /api/articles/{id}/annotations refuses bad input and writes nothing", () => {
  it.each([
    ["offsets past the end", { ...claim, start: 0, end: length + 5 }, 422, "end", /out of range/],
    ["a negative start", { ...claim, start: -1, end: 4 }, 422, "start", /out of range/],
    ["reversed offsets", { ...claim, start: 10, end: 4 }, 422, "start", /reversed/],
    ["an empty span", { ...claim, start: 7, end: 7 }, 422, "start", /empty/],
    ["a non-integer offset", { ...claim, start: 1.5, end: 4 }, 400, "start", /whole number/],
    ["an offset given as a string", { ...claim, start: "1", end: 4 }, 400, "start", /whole number/],
    ["a quote that isn't in the text", { ...claim, selector: { exact: "the grid is broken" } }, 422, "selector.exact", /does not occur/],
    ["an ambiguous quote", { ...claim, selector: { type: "TextQuoteSelector", exact: "The minister said" } }, 422, "selector.exact", /fits 2 places/],
    ["a quote whose context never matches", { ...claim, selector: { exact: "The minister said", prefix: "Nobody: " } }, 422, "selector.prefix", /never with the given prefix/],
    ["an empty quote", { ...claim, selector: { exact: "" } }, 400, "selector.exact", /must not be empty/],
    ["an unknown kind", { kind: "rumour", fields: { claimant: "X" }, start: 0, end: 3 }, 400, "kind", /claim, quote, allegation/],
    ["an oversized claimant", { kind: "claim", fields: { claimant: "x".repeat(201) }, start: 0, end: 3 }, 400, "fields.claimant", /at most 200/],
    ["an oversized note", { ...claim, note: "n".repeat(5001), start: 0, end: 3 }, 400, "note", /at most 5000/],
    ["too many evidence items", { ...claim, evidence: Array.from({ length: 31 }, () => ({ url: "https://e.example" })), start: 0, end: 3 }, 400, "evidence", /At most 30/],
    ["an evidence URL that isn't http(s)", { ...claim, evidence: [{ url: "javascript:alert(1)" }], start: 0, end: 3 }, 400, "evidence.0.url", /http/],
    ["a field of another kind", { kind: "claim", fields: { claimant: "X", speaker: "Y" }, start: 0, end: 3 }, 400, "fields.speaker", /Unknown field/],
    ["a missing required field", { kind: "quote", fields: {}, start: 0, end: 3 }, 400, "fields.speaker", /Speaker is required/],
    ["an unknown top-level key", { ...claim, colour: "red", start: 0, end: 3 }, 400, "colour", /Unknown field "colour"/],
    ["no placement at all", { ...claim }, 400, "start", /start\/end offsets or a TextQuoteSelector/],
    ["offsets and a selector together", { ...claim, start: 0, end: 3, selector: { exact: "The" } }, 400, "selector", /not both/],
  ])("%s → %i naming %s", async (_case, body, status, field, message) => {
    const { token } = await editorWithToken();
    const article = await addArticle(token);
    const before = await writes(article.id);
    const response = await annotate(token, article.id, body);
    expect(response.status).toBe(status);
    expect(response.json.error.code).toBe(status === 400 ? "invalid" : "unprocessable");
    expect(response.json.error.fieldErrors?.[field]).toMatch(message);
    if (status === 400) expect(response.json.error.message).toContain(`${field}:`);
    expect(await writes(article.id)).toEqual(before);
  });

  it("refuses a body that is not JSON, or a stale revision, without writing", async () => {
    const { token } = await editorWithToken();
    const article = await addArticle(token);
    const before = await writes(article.id);
    expect((await annotate(token, article.id, "{not json" as unknown as Record<string, unknown>)).status).toBe(400);
    const stale = await annotate(token, article.id, { ...claim, start: 0, end: 3, revision: 7 });
    expect(stale.status).toBe(409);
    expect(stale.json.error.details).toEqual({ currentRevision: 1 });
    expect(await writes(article.id)).toEqual(before);
  });
});

describe("/api/annotations/{id}", () => {
  it("answers 404 with the same message for another user's annotation and a missing one", async () => {
    const author = await editorWithToken();
    const other = await editorWithToken();
    const article = await addArticle(author.token);
    const created = await annotate(author.token, article.id, { ...claim, start: 4, end: 12 });
    const ifMatch = { "if-match": created.headers.get("etag")! };
    const attempts = [
      await callRoute(patchAnnotation, { method: "PATCH", token: other.token, params: { id: created.json.id }, headers: ifMatch, body: { note: "mine now" } }),
      await callRoute(patchAnnotation, { method: "PATCH", token: other.token, params: { id: "does-not-exist" }, headers: ifMatch, body: { note: "x" } }),
      await callRoute(deleteAnnotation, { method: "DELETE", token: other.token, params: { id: created.json.id }, headers: ifMatch }),
      await callRoute(deleteAnnotation, { method: "DELETE", token: other.token, params: { id: "does-not-exist" }, headers: ifMatch }),
    ];
    for (const attempt of attempts) expect([attempt.status, attempt.json.error]).toEqual([404, { code: "not_found", message: "Annotation not found" }]);
    const row = await db().annotation.findUniqueOrThrow({ where: { id: created.json.id } });
    expect([row.note, row.version, row.deletedAt]).toEqual(["", 1, null]);
  });

  it("sends an ETag, requires If-Match to edit and refuses a stale edit naming who changed it", async () => {
    const author = await editorWithToken("Ayesha Author");
    const reviewer = await createTestUser("reviewer", { name: "Rafiq Reviewer" });
    const article = await addArticle(author.token);
    const created = await annotate(author.token, article.id, { ...claim, start: 4, end: 12 });
    const id = created.json.id;
    expect(created.headers.get("etag")).toBe('"v1"');
    expect(created.headers.get("location")).toBe(`/api/annotations/${id}`);

    const read = await callRoute(getAnnotation, { method: "GET", token: author.token, params: { id } });
    expect([read.status, read.headers.get("etag"), read.json.version]).toEqual([200, '"v1"', 1]);

    const noPrecondition = await callRoute(patchAnnotation, { method: "PATCH", token: author.token, params: { id }, body: { note: "checked" } });
    expect([noPrecondition.status, noPrecondition.json.error.code]).toEqual([428, "precondition_required"]);
    const foreignEtag = await callRoute(patchAnnotation, { method: "PATCH", token: author.token, params: { id }, headers: { "if-match": "*" }, body: { note: "x" } });
    expect(foreignEtag.status).toBe(412);

    const edited = await callRoute(patchAnnotation, { method: "PATCH", token: author.token, params: { id }, headers: { "if-match": '"v1"' }, body: { note: "checked" } });
    expect([edited.status, edited.headers.get("etag"), edited.json.note]).toEqual([200, '"v2"', "checked"]);

    // Another tab still holding v1.
    const stale = await callRoute(patchAnnotation, { method: "PATCH", token: author.token, params: { id }, headers: { "if-match": '"v1"' }, body: { note: "late" } });
    expect(stale.status).toBe(409);
    expect(stale.json.error.message).toMatch(/^Ayesha Author changed this annotation at .* \(it is now version 2, you had version 1\)/);

    // A reviewer's decision (as lib/review records it) bumps the version and names them.
    await db().annotation.update({ where: { id }, data: { version: { increment: 1 }, lastActorId: reviewer.id, status: "changes_requested" } });
    const afterReview = await callRoute(patchAnnotation, { method: "PATCH", token: author.token, params: { id }, body: { note: "late", version: 2 } });
    expect(afterReview.status).toBe(409);
    expect(afterReview.json.error.message).toContain("Rafiq Reviewer changed this annotation");
    expect(afterReview.json.error.details).toMatchObject({ currentVersion: 3, changedBy: "Rafiq Reviewer" });
    expect((await db().annotation.findUniqueOrThrow({ where: { id } })).note).toBe("checked");
  });

  it("deletes softly: the row stays with deletedAt, an audit row is written, the lists forget it", async () => {
    const author = await editorWithToken();
    const article = await addArticle(author.token);
    const kept = await annotate(author.token, article.id, { ...claim, start: 0, end: 12 });
    const doomed = await annotate(author.token, article.id, { kind: "quote", fields: { speaker: "Critics" }, selector: { exact: "Critics disagree" } });
    const id = doomed.json.id;

    const stale = await callRoute(deleteAnnotation, { method: "DELETE", token: author.token, params: { id }, headers: { "if-match": '"v9"' } });
    expect(stale.status).toBe(409);
    const deleted = await callRoute(deleteAnnotation, { method: "DELETE", token: author.token, params: { id }, headers: { "if-match": '"v1"' } });
    expect([deleted.status, deleted.json]).toEqual([204, null]);

    const row = await db().annotation.findUniqueOrThrow({ where: { id } });
    expect(row.deletedAt).toBeInstanceOf(Date);
    expect(row.deletedById).toBe(author.user.id);
    const audit = await db().auditEvent.findMany({ where: { entityType: "annotation", entityId: id }, orderBy: { id: "asc" } });
    expect(audit.map((event) => event.action)).toEqual(["create", "delete"]);
    expect(audit[1]).toMatchObject({ actorId: author.user.id, articleId: article.id, before: expect.objectContaining({ exact: "Critics disagree", kind: "quote" }) });

    const list = await callRoute(listAnnotations, { method: "GET", token: author.token, params: { id: article.id } });
    expect(list.json.annotations.map((annotation: { id: string }) => annotation.id)).toEqual([kept.json.id]);
    expect((await callRoute(getAnnotation, { method: "GET", token: author.token, params: { id } })).status).toBe(404);
    expect((await callRoute(deleteAnnotation, { method: "DELETE", token: author.token, params: { id }, headers: { "if-match": '"v1"' } })).status).toBe(404);
    expect((await callRoute(deleteAnnotation, { method: "DELETE", token: author.token, params: { id } })).status).toBe(428);
  });
});

describe("code-point offsets round-trip on emoji, Urdu and combining marks", () => {
  const MIXED = "وزیرِ اعظم نے کہا: ”بجلی سب کو ملے گی“ 👍🏽 شکریہ۔\nFamily 👩‍👩‍👧‍👦 and flag 🇵🇰 cafe\u0301 naïve e\u0301\u0302 done.\nپشتو: زه ښه یم 🙂 ټول ښه دي.";

  it("creates by offsets and by TextQuoteSelector at the same code points", async () => {
    const { token } = await editorWithToken();
    const article = await addArticle(token, MIXED, "Mixed scripts");
    const codePoints = Array.from(article.text);
    const slice = (start: number, end: number) => codePoints.slice(start, end).join("");
    const at = (needle: string) => {
      const utf16 = article.text.indexOf(needle);
      expect(utf16, needle).toBeGreaterThanOrEqual(0);
      return Array.from(article.text.slice(0, utf16)).length;
    };
    const quotes = ["”بجلی سب کو ملے گی“", "👍🏽", "👩‍👩‍👧‍👦", "🇵🇰", "cafe\u0301", "e\u0301\u0302", "ښه یم 🙂", "Family 👩‍👩‍👧‍👦 and flag 🇵🇰"];
    for (const quote of quotes) {
      const start = at(quote);
      const end = start + Array.from(quote).length;
      const byOffsets = await annotate(token, article.id, { kind: "quote", fields: { speaker: "PM" }, start, end });
      expect(byOffsets.status, quote).toBe(201);
      expect(byOffsets.json.exact).toBe(slice(start, end));
      expect(byOffsets.json.exact).toBe(quote);
      expect(byOffsets.json.selectors).toEqual([
        { type: "TextPositionSelector", start, end },
        { type: "TextQuoteSelector", exact: quote, prefix: slice(Math.max(0, start - 32), start), suffix: slice(end, end + 32) },
      ]);

      const byQuote = await annotate(token, article.id, { kind: "claim", fields: { claimant: "PM" }, selector: { type: "TextQuoteSelector", exact: quote } });
      expect(byQuote.status, quote).toBe(201);
      expect([byQuote.json.start, byQuote.json.end]).toEqual([start, end]);
      expect(slice(byQuote.json.start, byQuote.json.end)).toBe(quote);
    }
    // Offsets that split a grapheme still count code points: half a skin-toned thumb is the thumb.
    const thumb = at("👍🏽");
    const half = await annotate(token, article.id, { ...claim, start: thumb, end: thumb + 1 });
    expect(half.json.exact).toBe("👍");
    const whole = await annotate(token, article.id, { ...claim, start: 0, end: codePoints.length });
    expect(whole.json.exact).toBe(article.text);
    expect((await annotate(token, article.id, { ...claim, start: 0, end: codePoints.length + 1 })).status).toBe(422);
  });
});

describe("GET /api/articles", () => {
  it("shows each article's counts by kind, awaiting review and orphaned (deleted ones left out)", async () => {
    const { token } = await editorWithToken();
    const article = await addArticle(token);
    const ids: string[] = [];
    for (const body of [
      { ...claim, start: 0, end: 3 },
      { ...claim, start: 4, end: 12 },
      { kind: "quote", fields: { speaker: "Critics" }, selector: { exact: "Critics disagree" } },
      { kind: "allegation", fields: { allegedBy: "Critics", allegedAgainst: "The minister" }, start: 13, end: 17 },
      { kind: "quote", fields: { speaker: "Gone" }, start: 18, end: 21 },
    ]) {
      const created = await annotate(token, article.id, body);
      expect(created.status).toBe(201);
      ids.push(created.json.id);
    }
    expect((await callRoute(deleteAnnotation, { method: "DELETE", token, params: { id: ids[4] }, body: { version: 1 } })).status).toBe(204);
    // Review and re-anchoring have their own endpoints; set their outcome directly here.
    await db().annotation.update({ where: { id: ids[0] }, data: { status: "submitted" } });
    await db().annotation.update({ where: { id: ids[1] }, data: { anchorState: "orphaned" } });

    const empty = await addArticle(token, "Nothing tagged here.", "Untouched");
    const response = await callRoute(listArticles, { method: "GET", token });
    expect(response.status).toBe(200);
    const byId = new Map(response.json.articles.map((summary: { id: string }) => [summary.id, summary]));
    expect(byId.get(article.id)).toMatchObject({
      title: "Grid claims",
      outlet: "Daily Example",
      counts: { claim: 2, quote: 1, allegation: 1 },
      statusCounts: { draft: 3, submitted: 1 },
      awaitingReview: 1,
      orphaned: 1,
    });
    expect(byId.get(empty.id)).toMatchObject({ counts: { claim: 0, quote: 0, allegation: 0 }, statusCounts: {}, awaitingReview: 0, orphaned: 0 });
  });
});
