import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { buildDocx, sampleArticleBlocks } from "@/lib/import/test-support/build-docx";
import { startArticleServer, type ArticleServer } from "@/lib/import/test-support/article-server";
import type { Actor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db/prisma";
import { callRoute, tokenFor } from "@/test/integration/api-client";
import { createTestUser } from "@/test/integration/factories";
import { POST as importRoute } from "./import/route";

let server: ArticleServer;
const original = process.env.FACTDESK_IMPORT_ALLOW_PRIVATE;

beforeAll(async () => {
  server = await startArticleServer();
});
afterAll(async () => {
  await server.close();
});
afterEach(() => {
  if (original === undefined) delete process.env.FACTDESK_IMPORT_ALLOW_PRIVATE;
  else process.env.FACTDESK_IMPORT_ALLOW_PRIVATE = original;
});

/** Uploads `data` as the form's `file` field, the way a browser does. */
async function upload(token: string, fileName: string, data: Uint8Array | string, type = "") {
  const form = new FormData();
  form.set("file", new File([typeof data === "string" ? data : new Uint8Array(data)], fileName, { type }));
  const request = new Request("http://localhost/api/articles/import", { method: "POST", headers: { authorization: `Bearer ${token}` }, body: form });
  const response = await importRoute(request, { params: Promise.resolve({}) });
  return { status: response.status, json: await response.json() };
}

const articlesBy = (actor: Actor) => db().article.count({ where: { createdById: actor.id } });

async function editorWithToken() {
  const editor = await createTestUser("editor");
  return { editor, token: await tokenFor(editor) };
}

describe("POST /api/articles/import", () => {
  it("imports a .docx: title and byline taken out, formatting kept, unsafe links dropped", async () => {
    const { editor, token } = await editorWithToken();
    const response = await upload(token, "minister-exports.docx", await buildDocx(sampleArticleBlocks()));
    expect(response.status).toBe(201);
    expect(response.json).toMatchObject({ title: "Minister claims record export growth", byline: "Jane Doe and Ali Khan", source: "docx", currentRevision: 1 });
    expect(response.json.text).toContain("The minister said exports grew by 12 per cent in 2023");
    const revision = await db().articleRevision.findFirstOrThrow({ where: { articleId: response.json.id } });
    expect(revision.source).toBe("docx");
    const doc = JSON.stringify(revision.doc);
    expect(doc).toContain("https://stats.example.org/report");
    expect(doc).not.toContain("javascript");
    expect(doc).toContain('"bold"');
    expect(await db().auditEvent.count({ where: { entityId: response.json.id, action: "create" } })).toBe(1);
    expect(await articlesBy(editor)).toBe(1);
  });

  it("imports Markdown and HTML files", async () => {
    const { token } = await editorWithToken();
    const md = await upload(token, "notes.md", "# Budget claims\n\nThe minister said the **deficit** halved.\n\n- one\n- two\n");
    expect(md.status).toBe(201);
    expect(md.json).toMatchObject({ title: "Budget claims", source: "markdown" });
    const html = await upload(token, "fragment.html", `<h1>Fragment title</h1><p onclick="alert(1)">Body text <script>alert(1)</script>kept.</p>`, "text/html");
    expect(html.status).toBe(201);
    expect(html.json).toMatchObject({ title: "Fragment title", source: "html", text: "Body text kept." });
  });

  it("says what went wrong with a bad file and saves nothing", async () => {
    const { editor, token } = await editorWithToken();
    const fake = await upload(token, "report.docx", "this is not a word file");
    expect(fake.status).toBe(422);
    expect(fake.json.error).toMatchObject({ code: "unprocessable", message: "This file isn't a Word document (.docx).", details: { importError: "not_docx" } });

    const empty = await upload(token, "empty.docx", await buildDocx([""]));
    expect(empty.status).toBe(422);
    expect(empty.json.error.details.importError).toBe("empty_document");

    const pdf = await upload(token, "report.pdf", "%PDF-1.7", "application/pdf");
    expect(pdf.status).toBe(400);
    expect(pdf.json.error.details.importError).toBe("unsupported_file");
    expect(pdf.json.error.message).toMatch(/can't be imported/);

    const old = await upload(token, "old.doc", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]));
    expect(old.json.error.details.importError).toBe("old_word_format");
    expect(await articlesBy(editor)).toBe(0);

    const form = await callRoute(importRoute, { method: "POST", token, body: {} });
    expect(form.status).toBe(400);
  });

  it("fetches a URL on a private address when FACTDESK_IMPORT_ALLOW_PRIVATE is on, with title, byline and date", async () => {
    process.env.FACTDESK_IMPORT_ALLOW_PRIVATE = "1";
    const { token } = await editorWithToken();
    const response = await callRoute(importRoute, { method: "POST", token, body: { url: `${server.base}/redirect/1` } });
    expect(response.status).toBe(201);
    expect(response.json).toMatchObject({
      title: "Minister claims record export growth",
      byline: "Jane Doe",
      publishedOn: "2024-06-22",
      url: `${server.base}/article`,
      outlet: "127.0.0.1",
      source: "url",
    });
    expect(response.json.text).toContain("exports grew by 12 per cent");
    const revision = await db().articleRevision.findFirstOrThrow({ where: { articleId: response.json.id } });
    expect(JSON.stringify(revision.doc)).not.toMatch(/onclick|onerror|alert|script/);
    expect(revision.source).toBe("url");
  });

  it("refuses private addresses when the setting is off, and pages without an article; nothing is saved", async () => {
    delete process.env.FACTDESK_IMPORT_ALLOW_PRIVATE;
    const { editor, token } = await editorWithToken();
    const seen = server.requests.length;
    const refused = await callRoute(importRoute, { method: "POST", token, body: { url: `${server.base}/article` } });
    expect(refused.status).toBe(422);
    expect(refused.json.error.details.importError).toBe("refused_address");
    expect(refused.json.error.fieldErrors.url).toBe(refused.json.error.message);
    expect(server.requests.length).toBe(seen);

    process.env.FACTDESK_IMPORT_ALLOW_PRIVATE = "1";
    const none = await callRoute(importRoute, { method: "POST", token, body: { url: `${server.base}/no-article` } });
    expect(none.status).toBe(422);
    expect(none.json.error.details.importError).toBe("no_article");
    expect(none.json.error.message).toMatch(/No article text was found/);

    const bad = await callRoute(importRoute, { method: "POST", token, body: { url: "ftp://example.org/file" } });
    expect(bad.status).toBe(400);
    expect(bad.json.error.details.importError).toBe("invalid_url");
    expect(await articlesBy(editor)).toBe(0);
  });

  it("is for editors and admins", async () => {
    const reviewer = await createTestUser("reviewer");
    const response = await callRoute(importRoute, { method: "POST", token: await tokenFor(reviewer), body: { url: `${server.base}/article` } });
    expect(response.status).toBe(403);
  });
});
