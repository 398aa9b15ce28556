import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/prisma";
import type { HistoryEntryDto } from "@/lib/server/review/review-dto";
import { callRoute } from "@/test/integration/api-client";
import { PATCH as patchComment } from "../comments/[id]/route";
import { GET as getComments, POST as postComment } from "./[id]/comments/route";
import { GET as getHistory } from "./[id]/history/route";
import { PATCH as patchAnnotation } from "./[id]/route";
import { newArticle, newDraft, person, step } from "./review-fixtures.test-helper";

describe("comment threads", () => {
  it("keeps the thread through status changes; editors comment too; only a comment's author edits it", async () => {
    const [author, reviewer] = [await person("editor", "Nadia"), await person("reviewer", "Omar")];
    const article = await newArticle();
    const draft = await newDraft(author, article.id, "Critics disagreed!", "quote");
    const comment = (who: typeof author, body: unknown) => callRoute(postComment, { method: "POST", token: who.token, params: { id: draft.id }, body: { body } });

    const first = await comment(author, "  Source is the evening bulletin.  ");
    expect(first.status).toBe(201);
    expect(first.json).toMatchObject({ annotationId: draft.id, articleId: article.id, body: "Source is the evening bulletin.", author: { id: author.id, name: author.name }, editedAt: null });
    expect((await comment(reviewer, "Which bulletin?")).status).toBe(201);

    const submitted = await step("submit", author, draft.id, { version: draft.version });
    await step("approve", reviewer, draft.id, { version: submitted.json.version });
    const thread = await callRoute(getComments, { method: "GET", token: reviewer.token, params: { id: draft.id } });
    expect(thread.json.comments.map((c: { body: string }) => c.body)).toEqual(["Source is the evening bulletin.", "Which bulletin?"]);

    const notTheirs = await callRoute(patchComment, { method: "PATCH", token: reviewer.token, params: { id: first.json.id }, body: { body: "Hijacked" } });
    expect(notTheirs.status).toBe(403);
    expect(notTheirs.json.error).toMatchObject({ message: "Only the comment's author can edit it.", details: { refusal: "not_owner" } });
    const admin = await person("admin");
    expect((await callRoute(patchComment, { method: "PATCH", token: admin.token, params: { id: first.json.id }, body: { body: "Admin edit" } })).status).toBe(403);

    const edited = await callRoute(patchComment, { method: "PATCH", token: author.token, params: { id: first.json.id }, body: { body: "Source: BBC Urdu evening bulletin." } });
    expect(edited.status).toBe(200);
    expect(edited.json).toMatchObject({ body: "Source: BBC Urdu evening bulletin.", editedAt: expect.any(String) });
    const stored = await db().comment.findUniqueOrThrow({ where: { id: first.json.id } });
    expect(stored.body).toBe("Source: BBC Urdu evening bulletin.");
  });

  it("refuses empty or unknown input (400) and missing annotations or comments (404)", async () => {
    const author = await person("editor");
    const article = await newArticle();
    const draft = await newDraft(author, article.id, "Officials");
    const empty = await callRoute(postComment, { method: "POST", token: author.token, params: { id: draft.id }, body: { body: "   " } });
    expect(empty.status).toBe(400);
    expect(empty.json.error.fieldErrors).toEqual({ body: "Write a comment" });
    const extra = await callRoute(postComment, { method: "POST", token: author.token, params: { id: draft.id }, body: { body: "x", authorId: "someone" } });
    expect(extra.json.error.fieldErrors).toHaveProperty("authorId");
    expect((await callRoute(postComment, { method: "POST", token: author.token, params: { id: "missing" }, body: { body: "x" } })).status).toBe(404);
    expect((await callRoute(getComments, { method: "GET", token: author.token, params: { id: "missing" } })).status).toBe(404);
    expect((await callRoute(patchComment, { method: "PATCH", token: author.token, params: { id: "missing" }, body: { body: "x" } })).status).toBe(404);
  });
});

describe("annotation history", () => {
  it("lists every step, oldest first, with who did it and what changed", async () => {
    const [author, reviewer, admin] = [await person("editor", "Asma"), await person("reviewer", "Bilal"), await person("admin", "Chand")];
    const article = await newArticle();
    const draft = await newDraft(author, article.id, "taxes fell by 3.5 percent");

    let v = (await step("submit", author, draft.id, { version: draft.version })).json.version;
    v = (await step("request-changes", reviewer, draft.id, { version: v, reason: "Which year?" })).json.version;
    const patched = await callRoute(patchAnnotation, { method: "PATCH", token: author.token, params: { id: draft.id }, body: { version: v, note: "Figures for 2023" } });
    v = patched.json.version;
    v = (await step("submit", author, draft.id, { version: v })).json.version;
    v = (await step("approve", reviewer, draft.id, { version: v })).json.version;
    v = (await step("reopen", admin, draft.id, { version: v, reason: "New figures published" })).json.version;
    const comment = await callRoute(postComment, { method: "POST", token: author.token, params: { id: draft.id }, body: { body: "Will update." } });
    await callRoute(patchComment, { method: "PATCH", token: author.token, params: { id: comment.json.id }, body: { body: "Updated." } });

    const response = await callRoute(getHistory, { method: "GET", token: reviewer.token, params: { id: draft.id } });
    expect(response.status).toBe(200);
    const history = response.json.history as HistoryEntryDto[];
    expect(history.map((h) => [h.type, h.actor?.name])).toEqual([
      ["annotation.created", author.name],
      ["annotation.submitted", author.name],
      ["annotation.changes_requested", reviewer.name],
      ["comment.added", reviewer.name],
      ["annotation.updated", author.name],
      ["annotation.submitted", author.name],
      ["annotation.approved", reviewer.name],
      ["annotation.reopened", admin.name],
      ["comment.added", author.name],
      ["comment.edited", author.name],
    ]);
    const byType = (type: string) => history.filter((h) => h.type === type);
    expect(byType("annotation.updated")[0]).toMatchObject({ payload: { before: { note: "" }, after: { note: "Figures for 2023" } } });
    expect(byType("annotation.submitted")[0]).toMatchObject({ payload: { before: { status: "draft" }, after: { status: "submitted" } } });
    expect(byType("annotation.changes_requested")[0]).toMatchObject({ entityId: draft.id, payload: { after: { status: "changes_requested", reason: "Which year?" } } });
    expect(byType("comment.added")[0]).toMatchObject({ articleId: article.id, payload: { after: { annotationId: draft.id, body: "Which year?" } } });
    expect(byType("annotation.approved")[0].payload).toMatchObject({ after: { status: "approved", revision: 1, exact: "taxes fell by 3.5 percent" } });
    expect(byType("annotation.reopened")[0]).toMatchObject({ payload: { before: { status: "approved" }, after: { status: "submitted", reason: "New figures published" } } });
    expect(byType("comment.edited")[0]).toMatchObject({ payload: { before: { body: "Will update." }, after: { body: "Updated." } } });
    expect(history.every((h) => /^\d+$/.test(h.position) && !Number.isNaN(Date.parse(h.at)))).toBe(true);
    // Positions are the stream's order.
    const positions = history.map((h) => BigInt(h.position));
    expect(positions).toEqual([...positions].sort((a, b) => (a < b ? -1 : 1)));
  });

  it("answers 404 for a missing annotation", async () => {
    const someone = await person("editor");
    expect((await callRoute(getHistory, { method: "GET", token: someone.token, params: { id: "missing" } })).status).toBe(404);
  });
});
