import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { documentToHtml } from "./document-to-html";
import { htmlToDocument } from "./html-to-document";
import { markdownToHtml } from "./markdown-to-html";
import { ARTICLE_HTML_TAGS, sanitizeArticleHtml } from "./sanitize-article-html";
import { documentSafetyProblems, htmlSafetyProblems, RENDERED_TAGS, type XssVector } from "./test-support/xss-safety";

const vectors = JSON.parse(readFileSync(new URL("./fixtures/xss/dompurify-expect.json", import.meta.url), "utf8")) as XssVector[];
const cases = vectors.map((vector, index) => ({ ...vector, name: `#${index} ${(vector.title ?? vector.payload).slice(0, 60)}` }));

function expectSafeEverywhere(html: string) {
  expect(htmlSafetyProblems(html, ARTICLE_HTML_TAGS)).toEqual([]);
  const doc = htmlToDocument(html);
  expect(documentSafetyProblems(doc)).toEqual([]);
  expect(htmlSafetyProblems(documentToHtml(doc), RENDERED_TAGS, ["href", "title", "rel", "target"])).toEqual([]);
}

describe("DOMPurify XSS vectors", () => {
  it("has all 223 vectors", () => {
    expect(vectors).toHaveLength(223);
  });

  it.each(cases)("pasted HTML $name", ({ payload }) => {
    expectSafeEverywhere(sanitizeArticleHtml(payload));
    const doc = htmlToDocument(payload);
    expect(documentSafetyProblems(doc)).toEqual([]);
    expect(htmlSafetyProblems(documentToHtml(doc), RENDERED_TAGS, ["href", "title", "rel", "target"])).toEqual([]);
  });

  it.each(cases)("Markdown $name", ({ payload }) => {
    expectSafeEverywhere(markdownToHtml(payload));
    expectSafeEverywhere(markdownToHtml(`# Heading\n\n${payload}\n\n[link](${payload.slice(0, 200)})`));
  });
});
