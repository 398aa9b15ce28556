import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/prisma";
import { callRoute } from "@/test/integration/api-client";
import { GET as getAnnotation, PATCH as patchAnnotation } from "./[id]/route";
import { auditRows, newArticle, newDraft, person, step, submittedAnnotation } from "./review-fixtures.test-helper";

describe("review API: allowed paths", () => {
  it("lets the author submit and a reviewer approve, recording the text the reviewer saw", async () => {
    const [author, reviewer] = [await person("editor", "Asma"), await person("reviewer", "Rafi")];
    const article = await newArticle();
    const draft = await newDraft(author, article.id, "taxes fell by 3.5 percent");

    const read = await callRoute(getAnnotation, { method: "GET", token: author.token, params: { id: draft.id } });
    expect(read.headers.get("etag")).toBe('"v1"');
    const submitted = await step("submit", author, draft.id, {}, { "if-match": read.headers.get("etag")! });
    expect(submitted.status).toBe(200);
    expect(submitted.json).toMatchObject({ status: "submitted", version: 2 });
    expect(submitted.headers.get("etag")).toBe('"v2"');

    const approved = await step("approve", reviewer, draft.id, { version: 2 });
    expect(approved.status).toBe(200);
    expect(approved.json).toMatchObject({ id: draft.id, status: "approved", version: 3, selectors: expect.any(Array) });
    expect(approved.headers.get("etag")).toBe('"v3"');

    const revision = await db().articleRevision.findFirstOrThrow({ where: { articleId: article.id, number: 1 }, select: { id: true } });
    const decisions = await db().reviewDecision.findMany({ where: { annotationId: draft.id }, orderBy: { createdAt: "asc" } });
    expect(decisions.map((d) => [d.action, d.fromStatus, d.toStatus, d.actorId])).toEqual([
      ["submit", "draft", "submitted", author.id],
      ["approve", "submitted", "approved", reviewer.id],
    ]);
    expect(decisions[1]).toMatchObject({ revisionId: revision.id, exact: "taxes fell by 3.5 percent" });
    const [audit] = await auditRows(draft.id, "approve");
    expect(audit).toMatchObject({ actorId: reviewer.id, before: { status: "submitted" } });
    expect(audit.after).toMatchObject({ status: "approved", revisionId: revision.id, revision: 1, exact: "taxes fell by 3.5 percent" });
    const row = await db().annotation.findUniqueOrThrow({ where: { id: draft.id }, select: { lastEditedById: true, lastActorId: true } });
    expect(row).toEqual({ lastEditedById: author.id, lastActorId: reviewer.id });
  });

  it("sends an annotation back with changes requested; the author edits and resubmits; a reviewer decides again", async () => {
    const [author, reviewer] = [await person("editor"), await person("reviewer")];
    const article = await newArticle();
    const annotation = await submittedAnnotation(author, article.id, "Critics disagreed!", "quote");

    const sentBack = await step("request-changes", reviewer, annotation.id, { version: annotation.version, reason: "Name the critics." });
    expect(sentBack.json).toMatchObject({ status: "changes_requested" });
    const comments = await db().comment.findMany({ where: { annotationId: annotation.id } });
    expect(comments).toMatchObject([{ authorId: reviewer.id, body: "Name the critics." }]);
    const [decision] = await db().reviewDecision.findMany({ where: { annotationId: annotation.id, action: "request_changes" } });
    expect(decision.reason).toBe("Name the critics.");

    const edited = await callRoute(patchAnnotation, {
      method: "PATCH",
      token: author.token,
      params: { id: annotation.id },
      body: { fields: { speaker: "Opposition leader" } },
      headers: { "if-match": sentBack.headers.get("etag")! },
    });
    expect(edited.json).toMatchObject({ status: "changes_requested", version: sentBack.json.version + 1 });
    const resubmitted = await step("submit", author, annotation.id, { version: edited.json.version });
    expect(resubmitted.json.status).toBe("submitted");
    const rejected = await step("reject", reviewer, annotation.id, { version: resubmitted.json.version, reason: "Still unsourced" });
    expect(rejected.status).toBe(200);
    expect(rejected.json.status).toBe("rejected");
    expect((await auditRows(annotation.id, "reject"))[0].after).toMatchObject({ status: "rejected", reason: "Still unsourced" });
  });

  it("lets another reviewer reopen a rejected annotation, with a reason", async () => {
    const [author, reviewer, other] = [await person("reviewer"), await person("reviewer"), await person("admin")];
    const article = await newArticle();
    const annotation = await submittedAnnotation(author, article.id, "Was it true?");
    const rejected = await step("reject", reviewer, annotation.id, { version: annotation.version, reason: "Not a claim" });

    const ownReopen = await step("reopen", author, annotation.id, { version: rejected.json.version, reason: "I disagree" });
    expect(ownReopen.status).toBe(403);
    expect(ownReopen.json.error.details).toEqual({ refusal: "four_eyes" });
    const reopened = await step("reopen", other, annotation.id, { version: rejected.json.version, reason: "It is a claim after all" });
    expect(reopened.status).toBe(200);
    expect(reopened.json.status).toBe("submitted");
    const after = await db().annotation.findUniqueOrThrow({ where: { id: annotation.id }, select: { submittedAt: true } });
    expect(after.submittedAt).not.toBeNull();
  });

  it("lets an admin submit someone else's draft", async () => {
    const [author, admin] = [await person("editor"), await person("admin")];
    const article = await newArticle();
    const draft = await newDraft(author, article.id, "Officials");
    const submitted = await step("submit", admin, draft.id, { version: draft.version });
    expect(submitted.status).toBe(200);
  });
});

describe("review API: refusals", () => {
  it("refuses a reviewer or admin deciding on their own annotation (403, four-eyes), whatever the decision", async () => {
    for (const role of ["reviewer", "admin"] as const) {
      const author = await person(role);
      const article = await newArticle();
      const annotation = await submittedAnnotation(author, article.id, "taxes fell");
      for (const [name, body] of [
        ["approve", {}],
        ["reject", { reason: "x" }],
        ["request-changes", { reason: "x" }],
      ] as const) {
        const response = await step(name, author, annotation.id, { ...body, version: annotation.version });
        expect(response.status).toBe(403);
        expect(response.json.error.message).toMatch(/You created this annotation.*four-eyes/);
        expect(response.json.error.details).toEqual({ refusal: "four_eyes" });
      }
      expect(await auditRows(annotation.id, "approve")).toHaveLength(0);
      expect((await db().annotation.findUniqueOrThrow({ where: { id: annotation.id } })).status).toBe("submitted");
    }
  });

  it("refuses editors any decision (403, role), even on someone else's work", async () => {
    const [author, editor] = [await person("editor"), await person("editor")];
    const article = await newArticle();
    const annotation = await submittedAnnotation(author, article.id, "Critics disagreed");
    for (const [name, body] of [
      ["approve", {}],
      ["reject", { reason: "x" }],
      ["request-changes", { reason: "x" }],
      ["approve", {}],
    ] as const) {
      const response = await step(name, editor, annotation.id, { ...body, version: annotation.version });
      expect(response.status).toBe(403);
      expect(response.json.error.message).toMatch(/Editors can't review/);
      expect(response.json.error.details).toEqual({ refusal: "role" });
    }
    const own = await step("approve", author, annotation.id, { version: annotation.version });
    expect(own.json.error.details).toEqual({ refusal: "role" });
  });

  it("refuses whoever last edited the annotation in substance, but not another reviewer", async () => {
    const [author, editingReviewer, reviewer] = [await person("editor"), await person("reviewer"), await person("reviewer")];
    const article = await newArticle();
    const annotation = await submittedAnnotation(author, article.id, "denied the report");
    // Someone other than the author edited it last (as an admin tool or a future shared edit would).
    await db().annotation.update({ where: { id: annotation.id }, data: { lastEditedById: editingReviewer.id } });

    const refused = await step("approve", editingReviewer, annotation.id, { version: annotation.version });
    expect(refused.status).toBe(403);
    expect(refused.json.error.message).toMatch(/You made the latest changes/);
    const approved = await step("approve", reviewer, annotation.id, { version: annotation.version });
    expect(approved.status).toBe(200);
  });

  it("refuses a decision on a stale version with 409 saying who changed it", async () => {
    const [author, first, second] = [await person("editor"), await person("reviewer", "Farah"), await person("reviewer")];
    const article = await newArticle();
    const annotation = await submittedAnnotation(author, article.id, "3.5 percent");
    expect((await step("approve", first, annotation.id, { version: annotation.version })).status).toBe(200);

    const stale = await step("reject", second, annotation.id, { reason: "Wrong" }, { "if-match": `"v${annotation.version}"` });
    expect(stale.status).toBe(409);
    expect(stale.json.error.message).toContain(first.name);
    expect(stale.json.error.message).toMatch(/it is now version 3, you had version 2/);
    expect(stale.json.error.details).toMatchObject({ currentVersion: 3, changedBy: first.name });
    expect(await auditRows(annotation.id, "reject")).toHaveLength(0);
  });

  it("refuses transitions the state machine forbids with 409", async () => {
    const [author, reviewer] = [await person("editor"), await person("reviewer")];
    const article = await newArticle();
    const draft = await newDraft(author, article.id, "Critics");
    const approveDraft = await step("approve", reviewer, draft.id, { version: draft.version });
    expect(approveDraft.status).toBe(409);
    expect(approveDraft.json.error.message).toMatch(/^This annotation is draft\. Only submitted annotations/);

    const submitted = await step("submit", author, draft.id, { version: draft.version });
    expect((await step("submit", author, draft.id, { version: submitted.json.version })).status).toBe(409);
    expect((await step("reopen", reviewer, draft.id, { version: submitted.json.version, reason: "why" })).status).toBe(409);
    const approved = await step("approve", reviewer, draft.id, { version: submitted.json.version });
    const rejectApproved = await step("reject", reviewer, draft.id, { version: approved.json.version, reason: "late" });
    expect(rejectApproved.status).toBe(409);
  });

  it("refuses a submit by someone who is neither the author nor an admin (403)", async () => {
    const [author, reviewer] = [await person("editor"), await person("reviewer")];
    const article = await newArticle();
    const draft = await newDraft(author, article.id, "Officials");
    const response = await step("submit", reviewer, draft.id, { version: draft.version });
    expect(response.status).toBe(403);
    expect(response.json.error.details).toEqual({ refusal: "not_owner" });
  });

  it("answers 400 naming the field for a missing reason or a bad body, 428/412 without a usable version, 404 when missing", async () => {
    const [author, reviewer] = [await person("editor"), await person("reviewer")];
    const article = await newArticle();
    const annotation = await submittedAnnotation(author, article.id, "taxes");
    const v = annotation.version;

    const noReason = await step("reject", reviewer, annotation.id, { version: v });
    expect(noReason.status).toBe(400);
    expect(noReason.json.error.fieldErrors).toEqual({ reason: "Give a reason for the rejection." });
    expect((await step("reject", reviewer, annotation.id, { version: v, reason: "   " })).json.error.fieldErrors).toHaveProperty("reason");
    expect((await step("request-changes", reviewer, annotation.id, { version: v })).json.error.fieldErrors).toEqual({ reason: "Say what needs to change." });
    expect((await step("reopen", reviewer, annotation.id, { version: v })).status).toBe(400);
    const unknown = await step("approve", reviewer, annotation.id, { version: v, verdict: "true" });
    expect(unknown.status).toBe(400);
    expect(unknown.json.error.fieldErrors).toHaveProperty("verdict");
    expect((await step("approve", reviewer, annotation.id, { version: "2" })).json.error.fieldErrors).toHaveProperty("version");

    expect((await step("approve", reviewer, annotation.id, {})).status).toBe(428);
    expect((await step("approve", reviewer, annotation.id, {}, { "if-match": "*" })).status).toBe(412);
    expect((await step("approve", reviewer, "no-such-annotation", { version: 1 })).status).toBe(404);
    expect((await db().annotation.findUniqueOrThrow({ where: { id: annotation.id } })).version).toBe(v);
  });

  it("treats a deleted annotation as missing", async () => {
    const [author, reviewer] = [await person("editor"), await person("reviewer")];
    const article = await newArticle();
    const annotation = await submittedAnnotation(author, article.id, "Officials");
    await db().annotation.update({ where: { id: annotation.id }, data: { deletedAt: new Date() } });
    expect((await step("approve", reviewer, annotation.id, { version: annotation.version })).status).toBe(404);
  });
});
