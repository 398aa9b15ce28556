import { readFileSync } from "node:fs";
import { HeadingLevel, Paragraph, TextRun } from "docx";
import { describe, expect, it } from "vitest";
import { documentToHtml } from "../html/document-to-html";
import { htmlToDocument } from "../html/html-to-document";
import { documentSafetyProblems, htmlSafetyProblems, RENDERED_TAGS, testDocumentText, type XssVector } from "../html/test-support/xss-safety";
import { ARTICLE_HTML_TAGS } from "../html/sanitize-article-html";
import { articleFromWordHtml, importDocx } from "./import-docx";
import { buildDocx, sampleArticleBlocks } from "./test-support/build-docx";

describe("importDocx", () => {
  it("imports a newsroom Word file", async () => {
    const result = await importDocx(await buildDocx(sampleArticleBlocks()), { fileName: "exports.docx" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { article } = result;
    expect(article).toMatchObject({ title: "Minister claims record export growth", byline: "Jane Doe and Ali Khan", publishedOn: null, url: null });
    expect(article.html).toBe(
      "<h2>What was said</h2>" +
        '<p>The minister said exports grew by <strong>12 per cent</strong> in <em>2023</em>, citing <a href="https://stats.example.org/report">the bureau\'s report</a> and a script.</p>' +
        "<ul><li>Textiles up 20%</li><li>Rice down 3%</li></ul>" +
        "<p>Officials did not respond to requests for comment.</p>",
    );
    expect(testDocumentText(htmlToDocument(article.html)).split("\n")).toHaveLength(5);
  });

  it("takes a Title-styled first paragraph as the title", async () => {
    const result = await importDocx(await buildDocx([new Paragraph({ text: "Headline", heading: HeadingLevel.TITLE }), "Body text."]));
    expect(result.ok && result.article).toMatchObject({ title: "Headline", byline: null, html: "<p>Body text.</p>" });
  });

  it("takes an all-bold short first line as the title", async () => {
    const result = await importDocx(await buildDocx([new Paragraph({ children: [new TextRun({ text: "Bold headline", bold: true })] }), "Body."]));
    expect(result.ok && result.article).toMatchObject({ title: "Bold headline", html: "<p>Body.</p>" });
  });

  it("keeps the first paragraph when it is body text, and titles the article after the file", async () => {
    const result = await importDocx(await buildDocx(["The first sentence is body text.", "Second."]), { fileName: "C:\\drafts\\pm_speech-check.docx" });
    expect(result.ok && result.article).toMatchObject({
      title: "pm speech check",
      html: "<p>The first sentence is body text.</p><p>Second.</p>",
    });
  });

  it("keeps a lone heading as body text too", async () => {
    const result = await importDocx(await buildDocx([new Paragraph({ text: "Only a heading", heading: HeadingLevel.HEADING_1 })]));
    expect(result.ok && result.article).toMatchObject({ title: "Only a heading", html: "<h1>Only a heading</h1>" });
  });

  it("refuses an empty document", async () => {
    expect(await importDocx(await buildDocx([]))).toEqual({
      ok: false,
      error: { code: "empty_document", message: "This Word document has no text to import." },
    });
    expect(await importDocx(await buildDocx(["", "   "]))).toMatchObject({ ok: false, error: { code: "empty_document" } });
  });

  it("refuses a file that isn't a .docx", async () => {
    expect(await importDocx(Buffer.from("%PDF-1.7 not a word file"))).toMatchObject({ ok: false, error: { code: "not_docx" } });
    expect(await importDocx(new Uint8Array(0))).toMatchObject({ ok: false, error: { code: "not_docx" } });
  });

  it("refuses a zip that isn't a Word document", async () => {
    const zip = Buffer.from("504b0304140000000000000000000000000000000000000000000000000000", "hex");
    const result = await importDocx(zip);
    expect(result).toMatchObject({ ok: false, error: { code: "not_docx" } });
    expect(!result.ok && result.error.message).toMatch(/could not be read as a Word document/);
  });

  it("explains old .doc files", async () => {
    const ole = Buffer.from("d0cf11e0a1b11ae1000000000000000000000000", "hex");
    expect(await importDocx(ole)).toMatchObject({ ok: false, error: { code: "old_word_format" } });
  });

  it("keeps script-like text as text", async () => {
    const result = await importDocx(await buildDocx(["<script>alert(1)</script>", 'Click <a href="javascript:x">me</a>']));
    expect(result.ok && result.article.html).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p><p>Click &lt;a href="javascript:x"&gt;me&lt;/a&gt;</p>');
  });
});

describe("articleFromWordHtml (the .docx path's sanitising step) against the XSS vectors", () => {
  const vectors = JSON.parse(readFileSync(new URL("../html/fixtures/xss/dompurify-expect.json", import.meta.url), "utf8")) as XssVector[];

  it.each(vectors.map((vector, index) => ({ index, payload: vector.payload })))("vector #$index", ({ payload }) => {
    const result = articleFromWordHtml(`<p>Intro paragraph.</p>${payload}`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(htmlSafetyProblems(result.article.html, ARTICLE_HTML_TAGS)).toEqual([]);
    const doc = htmlToDocument(result.article.html);
    expect(documentSafetyProblems(doc)).toEqual([]);
    expect(htmlSafetyProblems(documentToHtml(doc), RENDERED_TAGS, ["href", "title", "rel", "target"])).toEqual([]);
    expect(result.article.title).not.toMatch(/<script/i);
  });
});
