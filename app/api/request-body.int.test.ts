import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/prisma";
import { callRoute, tokenFor } from "@/test/integration/api-client";
import { createTestUser } from "@/test/integration/factories";
import { POST as postComment } from "./annotations/[id]/comments/route";
import { PATCH as patchAnnotation } from "./annotations/[id]/route";
import { POST as postAnnotation } from "./articles/[id]/annotations/route";
import { POST as postArticle } from "./articles/route";
import { POST as postUser } from "./users/route";

/**
 * Every JSON write endpoint reads its body through `readJson`: a body that is not declared as
 * JSON is 415, and `__proto__`/`constructor`/`prototype` keys anywhere are refused like unknown
 * fields. Neither writes anything.
 */
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function send(handler: Handler, options: { method: string; token: string; params?: Record<string, string>; body: string; contentType?: string | null; headers?: Record<string, string> }) {
  const headers: Record<string, string> = { authorization: `Bearer ${options.token}`, ...(options.headers ?? {}) };
  if (options.contentType) headers["content-type"] = options.contentType;
  // Bytes, not a string: a string body would make Request add `text/plain` on its own.
  const request = new Request("http://localhost/api/test", { method: options.method, headers, body: new TextEncoder().encode(options.body) });
  const response = await handler(request, { params: Promise.resolve(options.params ?? {}) });
  return { status: response.status, json: (await response.json()) as { error: { code: string; message: string; fieldErrors?: Record<string, string> } } };
}

/** What a refused request must not add or change: everything the acting admin wrote, the article's annotations and the annotation's thread. */
async function writes(w: World) {
  const [audit, articles, annotations, comments, users] = await Promise.all([
    db().auditEvent.count({ where: { actorId: w.adminId } }),
    db().article.count({ where: { createdById: w.adminId } }),
    db().annotation.findMany({ where: { articleId: w.articleId }, select: { id: true, version: true, note: true, claimant: true } }),
    db().comment.count({ where: { annotationId: w.annotationId } }),
    db().user.count({ where: { email: w.newUserEmail } }),
  ]);
  return { audit, articles, annotations, comments, users };
}

type World = { adminId: string; token: string; articleId: string; annotationId: string; version: number; newUserEmail: string };

async function world(): Promise<World> {
  const admin = await createTestUser("admin");
  const token = await tokenFor(admin);
  const article = await callRoute(postArticle, { method: "POST", token, body: { title: "Body checks", text: "The minister said the grid is fine." } });
  expect(article.status).toBe(201);
  const annotation = await callRoute(postAnnotation, { method: "POST", token, params: { id: article.json.id }, body: { kind: "claim", fields: { claimant: "The minister" }, start: 0, end: 12 } });
  expect(annotation.status).toBe(201);
  const newUserEmail = `new-${randomUUID().slice(0, 8)}@test.example`;
  return { adminId: admin.id, token, articleId: article.json.id, annotationId: annotation.json.id, version: annotation.json.version, newUserEmail };
}

type Endpoint = { name: string; handler: Handler; method: string; params: (w: World) => Record<string, string>; body: (w: World) => Record<string, unknown> };

const ENDPOINTS: Endpoint[] = [
  { name: "POST /api/articles", handler: postArticle as Handler, method: "POST", params: () => ({}), body: () => ({ title: "New", text: "Some text." }) },
  {
    name: "POST /api/articles/{id}/annotations",
    handler: postAnnotation as Handler,
    method: "POST",
    params: (w) => ({ id: w.articleId }),
    body: () => ({ kind: "claim", fields: { claimant: "X" }, start: 0, end: 3 }),
  },
  {
    name: "PATCH /api/annotations/{id}",
    handler: patchAnnotation as Handler,
    method: "PATCH",
    params: (w) => ({ id: w.annotationId }),
    body: (w) => ({ note: "Edited", fields: { claimant: "Y" }, version: w.version }),
  },
  { name: "POST /api/annotations/{id}/comments", handler: postComment as Handler, method: "POST", params: (w) => ({ id: w.annotationId }), body: () => ({ body: "A comment" }) },
  { name: "POST /api/users", handler: postUser as Handler, method: "POST", params: () => ({}), body: (w) => ({ email: w.newUserEmail, name: "New", role: "editor" }) },
];

describe("JSON write endpoints refuse a body not sent as JSON (415) and write nothing", () => {
  for (const endpoint of ENDPOINTS) {
    it.each([["text/plain"], ["text/plain;charset=UTF-8"], ["application/x-www-form-urlencoded"], ["application/json; charset=latin1"], [null]])(
      `${endpoint.name} with Content-Type %s`,
      async (contentType) => {
        const w = await world();
        const before = await writes(w);
        const response = await send(endpoint.handler, { method: endpoint.method, token: w.token, params: endpoint.params(w), body: JSON.stringify(endpoint.body(w)), contentType });
        expect(response.status).toBe(415);
        expect(response.json.error.code).toBe("unsupported_media_type");
        expect(response.json.error.message).toMatch(/application\/json/);
        expect(await writes(w)).toEqual(before);
      },
    );
  }

  it.each([["application/json; charset=utf-8"], ["Application/JSON"], ["application/merge-patch+json"]])("accepts %s", async (contentType) => {
    const w = await world();
    const response = await send(patchAnnotation as Handler, {
      method: "PATCH",
      token: w.token,
      params: { id: w.annotationId },
      body: JSON.stringify({ note: "Edited", version: w.version }),
      contentType,
    });
    expect(response.status).toBe(200);
  });
});

describe("__proto__, constructor and prototype keys are refused like unknown fields, and nothing is written", () => {
  const cases: [string, (body: Record<string, unknown>) => string, string][] = [
    ["a top-level __proto__", (body) => JSON.stringify(body).replace(/^\{/, '{"__proto__":{"role":"admin"},'), "__proto__"],
    ["a top-level constructor", (body) => JSON.stringify({ ...body, constructor: { prototype: { admin: true } } }), "constructor"],
    ["a nested prototype", (body) => JSON.stringify({ ...body, extra: [{ deeper: { prototype: 1 } }] }), "extra.0.deeper.prototype"],
  ];
  for (const endpoint of ENDPOINTS) {
    it.each(cases)(`${endpoint.name}: %s`, async (_case, encode, path) => {
      const w = await world();
      const before = await writes(w);
      const response = await send(endpoint.handler, { method: endpoint.method, token: w.token, params: endpoint.params(w), body: encode(endpoint.body(w)), contentType: "application/json" });
      expect(response.status).toBe(400);
      expect(response.json.error.code).toBe("invalid");
      const key = path.split(".").pop();
      expect(response.json.error.fieldErrors?.[path]).toBe(`Unknown field "${key}"`);
      expect(response.json.error.message).toContain(`${path}: Unknown field "${key}"`);
      expect(await writes(w)).toEqual(before);
    });
  }

  it("finds __proto__ inside an annotation's fields (merged on PATCH, where it used to vanish)", async () => {
    const w = await world();
    const before = await writes(w);
    const body = `{"fields":{"__proto__":{"claimant":"Polluted"}},"version":${w.version}}`;
    const response = await send(patchAnnotation as Handler, { method: "PATCH", token: w.token, params: { id: w.annotationId }, body, contentType: "application/json" });
    expect(response.status).toBe(400);
    expect(response.json.error.fieldErrors).toEqual({ "fields.__proto__": 'Unknown field "__proto__"' });
    expect(await writes(w)).toEqual(before);
  });
});
