import { describe, expect, it } from "vitest";
import type { AnnotationKind } from "@/lib/domain/annotation-kinds";
import type { ReviewStatus } from "@/lib/domain/review-statuses";
import type { Actor } from "@/lib/server/auth/actor";
import { createAnnotation } from "@/lib/server/annotations/create-annotation";
import { db } from "@/lib/server/db/prisma";
import { saveRevision } from "@/lib/server/revisions/save-revision";
import type { AnnotationContent } from "@/lib/validations/annotation";
import { callRoute, tokenFor } from "@/test/integration/api-client";
import { createTestUser } from "@/test/integration/factories";
import { POST as reattachRoute } from "../annotations/[id]/reattach/route";
import { GET as getRevisionRoute } from "./[id]/revisions/[n]/route";
import { GET as listRevisionsRoute } from "./[id]/revisions/route";
import { GET as getArticle, PUT as putArticle } from "./[id]/route";
import { POST as postArticle } from "./route";

const PARAGRAPHS = [
  "Pakistani diplomats hosted an Afghan Taliban delegation in Doha on Sunday.",
  "Both remain neighbors and brothers and have a lot in common, including a strong desire for regional peace and security.",
  "Pakistan launches Operation Azm-e-Istehkam, a renewed national counter-terrorism initiative aimed at eradicating terrorism.",
  "Diplomatic sources described the meeting as unusual but positive, noting that the Taliban also met an Indian delegation.",
];
const TEXT = PARAGRAPHS.join("\n");
const QUOTE = "Both remain neighbors and brothers and have a lot in common, including a strong desire for regional peace and security.";
const CLAIM = "Pakistan launches Operation Azm-e-Istehkam, a renewed national counter-terrorism initiative";
const DELETED = "Diplomatic sources described the meeting as unusual but positive";
const FIRST = "Pakistani diplomats";

/** The edits of the "done when" scenario: a paragraph before the quote, a rewritten claim, a deleted sentence. */
const EDITED = [
  PARAGRAPHS[0],
  "A paragraph the editor added before the quote.",
  PARAGRAPHS[1],
  PARAGRAPHS[2].replace("a renewed national counter-terrorism initiative", "a new national anti-terror initiative"),
].join("\n");

const FIELDS: Record<AnnotationKind, AnnotationContent["fields"]> = {
  claim: { claimant: "The article", verdict: "true", rationale: "" },
  quote: { speaker: "Muhammad Aejaz", saidWhere: "", saidOn: null, wordingVerified: true },
  allegation: { allegedBy: "Officials", allegedAgainst: "TTP", rightOfReplySought: false, rightOfReplySoughtOn: null },
};

async function annotate(author: Actor, articleId: string, exact: string, kind: AnnotationKind, status: ReviewStatus = "draft") {
  const created = await createAnnotation(author, articleId, { content: { kind, fields: FIELDS[kind], note: "", evidence: [] } as AnnotationContent, placement: { selector: { exact } } });
  if (!created.ok) throw new Error(created.error.message);
  if (status !== "draft") await db().annotation.update({ where: { id: created.value.id }, data: { status } });
  return created.value;
}

async function sampleArticle() {
  const editor = await createTestUser("editor", { name: "Edith Editor" });
  const token = await tokenFor(editor);
  const created = await callRoute(postArticle, { method: "POST", token, body: { title: "Doha meeting", text: TEXT } });
  expect(created.status).toBe(201);
  const id = created.json.id as string;
  const quote = await annotate(editor, id, QUOTE, "quote", "approved");
  const claim = await annotate(editor, id, CLAIM, "claim", "approved");
  const deleted = await annotate(editor, id, DELETED, "allegation", "submitted");
  const first = await annotate(editor, id, FIRST, "claim");
  return { editor, token, id, quote, claim, deleted, first };
}

const put = (token: string, id: string, body: unknown) => callRoute(putArticle, { method: "PUT", token, params: { id }, body });

describe("PUT /api/articles/{id}: revisions and re-anchoring", () => {
  it("makes revision 2 and reports 1 moved, 1 changed (approved → needs re-review), 1 orphaned, 1 unchanged", async () => {
    const { token, id, quote, claim, deleted, first, editor } = await sampleArticle();
    const response = await put(token, id, { text: EDITED, revision: 1 });
    expect(response.status).toBe(200);
    expect(response.json.created).toBe(true);
    expect(response.json.revision).toMatchObject({ number: 2, source: "text" });
    expect(response.json.summary).toEqual({ unchanged: 1, moved: 1, changed: 1, orphaned: 1, stillOrphaned: 0, needsRereview: 1 });
    const results = Object.fromEntries((response.json.annotations as { id: string; result: string }[]).map((a) => [a.id, a]));
    expect(results[quote.id]).toMatchObject({ result: "moved", status: "approved", exact: QUOTE, previousExact: null });
    expect(results[claim.id]).toMatchObject({
      result: "changed",
      status: "needs_rereview",
      previousStatus: "approved",
      exact: "Pakistan launches Operation Azm-e-Istehkam, a new national anti-terror initiative",
      previousExact: CLAIM,
    });
    expect(results[deleted.id]).toMatchObject({ result: "orphaned", reason: "deleted", status: "submitted", previousExact: DELETED });
    expect(results[first.id]).toMatchObject({ result: "unchanged" });

    const article = await db().article.findUniqueOrThrow({ where: { id }, select: { currentRevision: true } });
    expect(article.currentRevision).toBe(2);
    const revisions = await db().articleRevision.findMany({ where: { articleId: id }, orderBy: { number: "asc" } });
    expect(revisions.map((r) => r.number)).toEqual([1, 2]);
    expect(revisions[1]).toMatchObject({ text: EDITED, source: "text", createdById: editor.id });
    expect(revisions[1].reanchorSummary).toMatchObject({ moved: 1, changed: 1, orphaned: 1, unchanged: 1 });

    const rows = Object.fromEntries((await db().annotation.findMany({ where: { articleId: id } })).map((row) => [row.id, row]));
    const cps = Array.from(EDITED);
    // Moved: follows, nothing else changes (same version, status, state).
    expect(rows[quote.id]).toMatchObject({ revisionId: revisions[1].id, anchorState: "anchored", status: "approved", version: quote.version });
    expect(cps.slice(rows[quote.id].start, rows[quote.id].end).join("")).toBe(QUOTE);
    // Changed: follows, old text kept, back to review, new version.
    expect(rows[claim.id]).toMatchObject({ revisionId: revisions[1].id, anchorState: "changed", status: "needs_rereview", previousExact: CLAIM, version: claim.version + 1, lastActorId: editor.id });
    expect(cps.slice(rows[claim.id].start, rows[claim.id].end).join("")).toBe(rows[claim.id].exact);
    // Orphaned: kept on the revision its selectors fit, with its old quote.
    expect(rows[deleted.id]).toMatchObject({
      revisionId: revisions[0].id,
      anchorState: "orphaned",
      status: "submitted",
      exact: DELETED,
      previousExact: DELETED,
      start: deleted.start,
      version: deleted.version + 1,
    });
    expect(rows[first.id]).toMatchObject({ revisionId: revisions[1].id, start: 0, version: first.version });

    const audit = await db().auditEvent.findMany({ where: { articleId: id, action: { in: ["revise", "reanchor"] } }, orderBy: { id: "asc" } });
    expect(audit.filter((row) => row.action === "revise")).toHaveLength(1);
    expect(audit.find((row) => row.action === "revise")).toMatchObject({
      entityType: "article",
      entityId: id,
      actorId: editor.id,
      after: expect.objectContaining({ revision: 2, moved: 1, changed: 1, orphaned: 1 }),
    });
    const reanchored = audit.filter((row) => row.action === "reanchor");
    expect(reanchored.map((row) => row.entityId).sort()).toEqual([quote.id, claim.id, deleted.id].sort());
    expect(reanchored.find((row) => row.entityId === claim.id)).toMatchObject({
      before: expect.objectContaining({ revision: 1, exact: CLAIM, status: "approved" }),
      after: expect.objectContaining({ revision: 2, status: "needs_rereview", result: "changed" }),
    });
  });

  it("makes no revision for an identical body, and saves changed details with it", async () => {
    const { token, id } = await sampleArticle();
    const same = await put(token, id, { text: TEXT, title: "Doha meeting, updated", revision: 1 });
    expect(same.status).toBe(200);
    expect(same.json).toMatchObject({ created: false, revision: { number: 1 }, article: { title: "Doha meeting, updated", currentRevision: 1 } });
    expect(same.json.message).toMatch(/same as revision 1/);
    expect(await db().articleRevision.count({ where: { articleId: id } })).toBe(1);
  });

  it("refuses a save made on an outdated revision whose edits overlap the newer one's with 409 merge_conflict and keeps the newer one", async () => {
    const { token, id } = await sampleArticle();
    expect((await put(token, id, { text: EDITED, revision: 1 })).status).toBe(200);
    const stale = await put(token, id, { text: TEXT.replace("a renewed national", "a fresh national"), revision: 1 });
    expect(stale.status).toBe(409);
    expect(stale.json.error.code).toBe("merge_conflict");
    expect(stale.json.error.message).toMatch(/saved revision 2 while you were editing revision 1/);
    expect(stale.json.error.details).toMatchObject({ currentRevision: 2, editedRevision: 1 });
    expect((await db().article.findUniqueOrThrow({ where: { id } })).currentRevision).toBe(2);
  });

  it("refuses a save that doesn't say which revision it edits with 428, and replaces nothing", async () => {
    const { token, id } = await sampleArticle();
    const missing = await put(token, id, { text: EDITED });
    expect([missing.status, missing.json.error.code]).toEqual([428, "precondition_required"]);
    expect(missing.json.error.message).toMatch(/revision.*If-Match/);
    const foreign = await callRoute(putArticle, { method: "PUT", token, params: { id }, body: { text: EDITED }, headers: { "if-match": '"v1"' } });
    expect([foreign.status, foreign.json.error.code]).toEqual([412, "precondition_failed"]);
    expect((await db().article.findUniqueOrThrow({ where: { id } })).currentRevision).toBe(1);
    expect(await db().articleRevision.count({ where: { articleId: id } })).toBe(1);
  });

  it("gives the current revision's ETag on GET and takes it back in If-Match; a stale one is merged, and overlapping edits are 409 naming both revisions and who saved", async () => {
    const { token, id } = await sampleArticle();
    const first = await callRoute(getArticle, { method: "GET", token, params: { id } });
    expect(first.headers.get("etag")).toBe('"r1"');
    const other = await createTestUser("editor", { name: "Olga Other" });
    const saved = await callRoute(putArticle, { method: "PUT", token: await tokenFor(other), params: { id }, body: { text: EDITED }, headers: { "if-match": first.headers.get("etag")! } });
    expect(saved.status).toBe(200);
    expect(saved.headers.get("etag")).toBe('"r2"');
    expect((await callRoute(getArticle, { method: "GET", token, params: { id } })).headers.get("etag")).toBe('"r2"');

    const stale = await callRoute(putArticle, { method: "PUT", token, params: { id }, body: { text: TEXT.replace("a renewed national", "a fresh national") }, headers: { "if-match": '"r1"' } });
    expect(stale.status).toBe(409);
    expect(stale.json.error.code).toBe("merge_conflict");
    expect(stale.json.error.message).toMatch(/Olga Other saved revision 2 while you were editing revision 1/);
    expect(stale.json.error.details).toMatchObject({ currentRevision: 2, editedRevision: 1, savedBy: "Olga Other" });
    expect(await db().articleRevision.count({ where: { articleId: id } })).toBe(2);
    expect((await db().articleRevision.findFirstOrThrow({ where: { articleId: id, number: 2 } })).text).toBe(EDITED);

    const merged = await callRoute(putArticle, { method: "PUT", token, params: { id }, body: { text: TEXT.replace("Doha on Sunday", "Doha last Sunday") }, headers: { "if-match": '"r1"' } });
    expect(merged.status).toBe(200);
    expect(merged.headers.get("etag")).toBe('"r3"');
    expect(merged.json.merged).toMatchObject({ withRevision: 2, savedBy: "Olga Other", editedRevision: 1 });
  });

  it("lets exactly one of two concurrent saves from the same revision win", async () => {
    const { editor, id } = await sampleArticle();
    const results = await Promise.all([
      saveRevision(editor, id, { body: { text: `${TEXT}\nOne.` }, source: "text", expectedRevision: 1 }),
      saveRevision(editor, id, { body: { text: `${TEXT}\nTwo.` }, source: "text", expectedRevision: 1 }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    // Both added a paragraph at the same place: the save that lost the race is merged, and that conflicts.
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.error.code)).toEqual(["merge_conflict"]);
    expect(await db().articleRevision.count({ where: { articleId: id } })).toBe(2);
    expect(await db().auditEvent.count({ where: { articleId: id, action: "revise" } })).toBe(1);
  });

  it("is for editors and admins only; bodies are validated and sanitised", async () => {
    const { id, token } = await sampleArticle();
    const reviewer = await createTestUser("reviewer");
    const refused = await put(await tokenFor(reviewer), id, { text: EDITED });
    expect(refused.status).toBe(403);
    expect((await put(token, id, { text: "  ", revision: 1 })).status).toBe(400);
    expect((await put(token, id, { text: EDITED, html: "<p>x</p>", revision: 1 })).status).toBe(400);
    expect((await put(token, id, { doc: { type: "doc", content: [{ type: "image", attrs: { src: "x" } }] }, revision: 1 })).status).toBe(400);

    const doc = {
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "text", text: "Click here", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }] }],
    };
    const saved = await put(token, id, { doc, revision: 1 });
    expect(saved.status).toBe(200);
    const stored = await db().articleRevision.findFirstOrThrow({ where: { articleId: id, number: 2 } });
    expect(JSON.stringify(stored.doc)).not.toContain("javascript");
    expect(stored.source).toBe("editor");

    const html = await put(token, id, { revision: 2, html: `<p onclick="alert(1)">Safe <img src=x onerror=alert(1)>text</p><script>alert(1)</script>` });
    expect(html.status).toBe(200);
    const third = await db().articleRevision.findFirstOrThrow({ where: { articleId: id, number: 3 } });
    expect(third.text).toBe("Safe text");
    expect(JSON.stringify(third.doc)).not.toMatch(/onclick|onerror|script/);
  });
});

describe("revision history", () => {
  it("lists revisions and reads one with its word diff", async () => {
    const { token, id, editor } = await sampleArticle();
    await put(token, id, { text: EDITED, revision: 1 });
    const list = await callRoute(listRevisionsRoute, { method: "GET", token, params: { id } });
    expect(list.status).toBe(200);
    expect(list.json.revisions.map((r: { number: number }) => r.number)).toEqual([2, 1]);
    expect(list.json.revisions[0]).toMatchObject({ current: true, source: "text", createdBy: { id: editor.id, name: editor.name }, summary: { moved: 1, changed: 1, orphaned: 1 } });
    expect(list.json.revisions[1]).toMatchObject({ current: false, summary: null });
    expect(list.json.revisions[1].words).toBeGreaterThan(50);

    const second = await callRoute(getRevisionRoute, { method: "GET", token, params: { id, n: "2" }, query: "?diff=1" });
    expect(second.status).toBe(200);
    expect(second.json).toMatchObject({ number: 2, previous: 1, text: EDITED });
    expect(second.json.doc.type).toBe("doc");
    const parts = second.json.diff.parts as { type: string; text: string }[];
    expect(
      parts
        .filter((p) => p.type === "insert")
        .map((p) => p.text)
        .join("|"),
    ).toContain("A paragraph the editor added before the quote.");
    expect(
      parts
        .filter((p) => p.type === "delete")
        .map((p) => p.text)
        .join("|"),
    ).toContain("renewed");

    const first = await callRoute(getRevisionRoute, { method: "GET", token, params: { id, n: "1" } });
    expect(first.json).toMatchObject({ number: 1, text: TEXT, previous: null });
    expect(first.json.diff).toBeUndefined();
    expect((await callRoute(getRevisionRoute, { method: "GET", token, params: { id, n: "3" } })).status).toBe(404);
    expect((await callRoute(getRevisionRoute, { method: "GET", token, params: { id, n: "abc" } })).status).toBe(404);
  });
});

describe("POST /api/annotations/{id}/reattach", () => {
  it("re-attaches an orphan to a new span; it needs a fresh review (an approval goes to needs re-review)", async () => {
    const { token, id, deleted, quote } = await sampleArticle();
    await put(token, id, { text: EDITED, revision: 1 });
    const orphan = await db().annotation.findUniqueOrThrow({ where: { id: deleted.id } });
    await db().annotation.update({ where: { id: deleted.id }, data: { status: "approved" } });

    // Another editor (not the author) may re-attach; a reviewer who isn't the author may not.
    const other = await createTestUser("editor");
    const otherToken = await tokenFor(other);
    const reviewer = await createTestUser("reviewer");
    const target = "A paragraph the editor added";
    const start = Array.from(EDITED).join("").indexOf(target);
    const body = { start, end: start + target.length, version: orphan.version, revision: 2 };
    expect((await callRoute(reattachRoute, { method: "POST", token: await tokenFor(reviewer), params: { id: deleted.id }, body })).status).toBe(404);
    expect((await callRoute(reattachRoute, { method: "POST", token: otherToken, params: { id: deleted.id }, body: { ...body, revision: 1 } })).status).toBe(409);
    expect((await callRoute(reattachRoute, { method: "POST", token: otherToken, params: { id: deleted.id }, body: { ...body, version: 1 } })).status).toBe(409);
    expect((await callRoute(reattachRoute, { method: "POST", token: otherToken, params: { id: deleted.id }, body: { ...body, end: 99_999 } })).status).toBe(422);

    const done = await callRoute(reattachRoute, { method: "POST", token: otherToken, params: { id: deleted.id }, body });
    expect(done.status).toBe(200);
    expect(done.json).toMatchObject({ anchorState: "anchored", exact: target, revision: 2, status: "needs_rereview", previousExact: null, version: orphan.version + 1 });
    expect(done.headers.get("etag")).toBe(`"v${orphan.version + 1}"`);
    const row = await db().annotation.findUniqueOrThrow({ where: { id: deleted.id } });
    expect(row.lastEditedById).toBe(other.id);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { entityId: deleted.id, action: "reattach" } });
    expect(audit.before).toMatchObject({ anchorState: "orphaned", exact: DELETED, status: "approved" });
    expect(audit.after).toMatchObject({ anchorState: "anchored", exact: target, status: "needs_rereview", revision: 2 });

    // A placed annotation is not re-attached.
    const placed = await db().annotation.findUniqueOrThrow({ where: { id: quote.id } });
    const again = await callRoute(reattachRoute, { method: "POST", token, params: { id: quote.id }, body: { ...body, version: placed.version } });
    expect(again.status).toBe(409);
  });

  it("keeps an orphan orphaned through later revisions until its exact text comes back once", async () => {
    const { token, id, deleted } = await sampleArticle();
    await put(token, id, { text: EDITED, revision: 1 });
    const third = await put(token, id, { text: `${EDITED}\nOne more paragraph.`, revision: 2 });
    expect(third.json.summary).toMatchObject({ orphaned: 0, stillOrphaned: 1, unchanged: 3 });
    const before = await db().annotation.findUniqueOrThrow({ where: { id: deleted.id } });
    expect(before.anchorState).toBe("orphaned");

    const fourth = await put(token, id, { text: `${EDITED}\n${PARAGRAPHS[3]}`, revision: 3 });
    const restored = (fourth.json.annotations as { id: string }[]).find((a) => a.id === deleted.id);
    expect(restored).toMatchObject({ result: "moved", restored: true, anchorState: "anchored", exact: DELETED });
    const row = await db().annotation.findUniqueOrThrow({ where: { id: deleted.id }, include: { revision: true } });
    expect(row.revision.number).toBe(4);
  });
});
