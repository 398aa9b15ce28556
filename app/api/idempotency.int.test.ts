import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/prisma";
import { callRoute } from "@/test/integration/api-client";
import { newArticle, newDraft, person, step, submittedAnnotation } from "./annotations/review-fixtures.test-helper";
import { POST as postComment } from "./annotations/[id]/comments/route";
import { POST as postAnnotation } from "./articles/[id]/annotations/route";
import { POST as postArticle } from "./articles/route";

const key = () => ({ "idempotency-key": randomUUID() });

describe("Idempotency-Key on POST /api/articles", () => {
  it("returns the first answer for a repeated key, and creates one article", async () => {
    const editor = await person("editor");
    const title = `Idempotent ${randomUUID()}`;
    const headers = key();
    const first = await callRoute(postArticle, { method: "POST", token: editor.token, headers, body: { title, text: "The minister said taxes fell." } });
    const again = await callRoute(postArticle, { method: "POST", token: editor.token, headers, body: { title, text: "The minister said taxes fell." } });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.json).toEqual(first.json);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(first.headers.get("idempotent-replayed")).toBeNull();
    expect(again.headers.get("x-request-id")).toBeTruthy();
    expect(await db().article.count({ where: { title } })).toBe(1);
    expect(await db().auditEvent.count({ where: { articleId: first.json.id, type: "article.created" } })).toBe(1);
  });

  it("refuses the same key with another body (422) and creates nothing more", async () => {
    const editor = await person("editor");
    const headers = key();
    const title = `Key reuse ${randomUUID()}`;
    await callRoute(postArticle, { method: "POST", token: editor.token, headers, body: { title, text: "One." } });
    const other = await callRoute(postArticle, { method: "POST", token: editor.token, headers, body: { title, text: "Two." } });
    expect(other.status).toBe(422);
    expect(other.json.error.message).toMatch(/already used for a different request/);
    expect(await db().article.count({ where: { title } })).toBe(1);
  });

  it("keeps keys apart per person", async () => {
    const [first, second] = [await person("editor"), await person("editor")];
    const headers = key();
    const title = `Per person ${randomUUID()}`;
    const a = await callRoute(postArticle, { method: "POST", token: first.token, headers, body: { title, text: "Text." } });
    const b = await callRoute(postArticle, { method: "POST", token: second.token, headers, body: { title, text: "Text." } });
    expect(a.json.id).not.toBe(b.json.id);
    expect(await db().article.count({ where: { title } })).toBe(2);
  });

  it("refuses a malformed key with 400 naming the header", async () => {
    const editor = await person("editor");
    const bad = await callRoute(postArticle, { method: "POST", token: editor.token, headers: { "idempotency-key": "has spaces in it" }, body: { title: "x", text: "y" } });
    expect(bad.status).toBe(400);
    expect(bad.json.error.fieldErrors).toEqual({ "Idempotency-Key": expect.stringMatching(/printable ASCII/) });
  });

  it("still creates one article per request without a key", async () => {
    const editor = await person("editor");
    const title = `No key ${randomUUID()}`;
    await callRoute(postArticle, { method: "POST", token: editor.token, body: { title, text: "Text." } });
    await callRoute(postArticle, { method: "POST", token: editor.token, body: { title, text: "Text." } });
    expect(await db().article.count({ where: { title } })).toBe(2);
  });

  it("runs again after an expired record", async () => {
    const editor = await person("editor");
    const headers = key();
    const title = `Expired ${randomUUID()}`;
    await callRoute(postArticle, { method: "POST", token: editor.token, headers, body: { title, text: "Text." } });
    await db().idempotencyRecord.updateMany({ where: { userId: editor.id, key: headers["idempotency-key"] }, data: { expiresAt: new Date(Date.now() - 1_000) } });
    const later = await callRoute(postArticle, { method: "POST", token: editor.token, headers, body: { title, text: "Text." } });
    expect(later.headers.get("idempotent-replayed")).toBeNull();
    expect(await db().article.count({ where: { title } })).toBe(2);
  });
});

describe("Idempotency-Key on POST /api/articles/{id}/annotations", () => {
  it("replays the created annotation with its ETag and Location, and creates it once", async () => {
    const editor = await person("editor");
    const article = await newArticle();
    const headers = key();
    const body = { kind: "claim", fields: { claimant: "The minister" }, selector: { exact: "taxes fell by 3.5 percent" } };
    const first = await callRoute(postAnnotation, { method: "POST", token: editor.token, params: { id: article.id }, headers, body });
    const again = await callRoute(postAnnotation, { method: "POST", token: editor.token, params: { id: article.id }, headers, body });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.json.id).toBe(first.json.id);
    expect(again.headers.get("etag")).toBe(first.headers.get("etag"));
    expect(again.headers.get("location")).toBe(first.headers.get("location"));
    expect(await db().annotation.count({ where: { articleId: article.id } })).toBe(1);
  });

  it("creates one annotation when the same request arrives several times at once", async () => {
    const editor = await person("editor");
    const article = await newArticle();
    const headers = key();
    const body = { kind: "claim", fields: { claimant: "The minister" }, selector: { exact: "taxes fell by 3.5 percent" } };
    const responses = await Promise.all(Array.from({ length: 5 }, () => callRoute(postAnnotation, { method: "POST", token: editor.token, params: { id: article.id }, headers, body })));
    for (const response of responses) {
      if (response.status === 409) expect(response.headers.get("retry-after")).toBe("1");
      else expect(response).toMatchObject({ status: 201, json: { id: responses.find((r) => r.status === 201)!.json.id } });
    }
    expect(responses.filter((response) => response.status === 201).length).toBeGreaterThanOrEqual(1);
    expect(await db().annotation.count({ where: { articleId: article.id } })).toBe(1);
  });
});

describe("Idempotency-Key on POST /api/annotations/{id}/comments", () => {
  it("adds the comment once", async () => {
    const editor = await person("editor");
    const article = await newArticle();
    const draft = await newDraft(editor, article.id, "Critics disagreed!");
    const headers = key();
    const first = await callRoute(postComment, { method: "POST", token: editor.token, params: { id: draft.id }, headers, body: { body: "Source?" } });
    const again = await callRoute(postComment, { method: "POST", token: editor.token, params: { id: draft.id }, headers, body: { body: "Source?" } });
    expect(first.status).toBe(201);
    expect(again.json).toEqual(first.json);
    expect(await db().comment.count({ where: { annotationId: draft.id } })).toBe(1);
  });
});

describe("Idempotency-Key on review steps", () => {
  it("answers a repeated approval with the first result, not a stale-version conflict", async () => {
    const [author, reviewer] = [await person("editor"), await person("reviewer")];
    const article = await newArticle();
    const submitted = await submittedAnnotation(author, article.id, "Officials");
    const headers = key();
    const first = await step("approve", reviewer, submitted.id, { version: submitted.version }, headers);
    const again = await step("approve", reviewer, submitted.id, { version: submitted.version }, headers);
    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    expect(again.json).toEqual(first.json);
    expect(await db().reviewDecision.count({ where: { annotationId: submitted.id, action: "approve" } })).toBe(1);
    const unkeyed = await step("approve", reviewer, submitted.id, { version: submitted.version });
    expect(unkeyed.status).toBe(409);
  });

  it("replays a refusal too: the same key and body get the same 4xx", async () => {
    const [author, reviewer] = [await person("editor"), await person("reviewer")];
    const article = await newArticle();
    const submitted = await submittedAnnotation(author, article.id, "Was it true?");
    const headers = key();
    const first = await step("reject", reviewer, submitted.id, { version: submitted.version }, headers);
    const again = await step("reject", reviewer, submitted.id, { version: submitted.version }, headers);
    expect(first.status).toBe(400);
    expect(again.status).toBe(400);
    expect(again.json).toEqual(first.json);
  });
});
