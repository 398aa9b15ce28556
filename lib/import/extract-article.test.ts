import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { documentToHtml } from "../html/document-to-html";
import { htmlToDocument } from "../html/html-to-document";
import { ARTICLE_HTML_TAGS } from "../html/sanitize-article-html";
import { documentSafetyProblems, htmlSafetyProblems, RENDERED_TAGS, type XssVector } from "../html/test-support/xss-safety";
import { extractArticle } from "./extract-article";
import { ARTICLE_PAGE, NO_ARTICLE_PAGE } from "./test-support/article-server";

describe("extractArticle", () => {
  it("extracts the article, its metadata and resolves links", () => {
    const result = extractArticle(ARTICLE_PAGE, "https://news.example/2024/exports");
    expect(result.ok && result.article).toMatchObject({
      title: "Minister claims record export growth",
      byline: "Jane Doe",
      publishedOn: "2024-06-22",
      url: "https://news.example/2024/exports",
    });
    expect(result.ok && result.article.html).toContain('<a href="https://news.example/reports/2023">annual report</a>');
  });

  it("drops relative links when the page has no address", () => {
    const result = extractArticle(ARTICLE_PAGE, null);
    expect(result.ok && result.article.html).toContain("bureau's own annual report put growth");
  });

  it.each([
    ["a page without an article", NO_ARTICLE_PAGE],
    ["an empty page", "<html><body></body></html>"],
    ["a script-only page", "<html><body><script>document.write('<p>' + 'text '.repeat(500))</script></body></html>"],
    ["a short note", "<p>Moved.</p>"],
  ])("refuses %s", (_name, page) => {
    expect(extractArticle(page, "https://news.example/")).toMatchObject({ ok: false, error: { code: "no_article" } });
  });

  it("reads JSON-LD metadata", () => {
    const page = ARTICLE_PAGE.replace(/<meta (name="author"|property="article:published_time")[^>]*>/g, "").replace(
      "</head>",
      '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Minister claims record export growth","author":{"@type":"Person","name":"Ali Khan"},"datePublished":"2024-03-05T08:00:00Z"}</script></head>',
    );
    const result = extractArticle(page, "https://news.example/a");
    expect(result.ok && result.article).toMatchObject({ byline: "Ali Khan", publishedOn: "2024-03-05" });
  });
});

describe("extractArticle (the URL path's sanitising step) against the XSS vectors", () => {
  const vectors = JSON.parse(readFileSync(new URL("../html/fixtures/xss/dompurify-expect.json", import.meta.url), "utf8")) as XssVector[];

  it.each(vectors.map((vector, index) => ({ index, payload: vector.payload })))("vector #$index", ({ payload }) => {
    const page = ARTICLE_PAGE.replace("<blockquote>", `<p>${payload}</p><div>${payload}</div><blockquote>`).replace("<title>", `<title>${payload.slice(0, 100)}`);
    const result = extractArticle(page, "https://news.example/a");
    if (!result.ok) return expect(result.error.code).toBe("no_article");
    expect(htmlSafetyProblems(result.article.html, ARTICLE_HTML_TAGS)).toEqual([]);
    const doc = htmlToDocument(result.article.html);
    expect(documentSafetyProblems(doc)).toEqual([]);
    expect(htmlSafetyProblems(documentToHtml(doc), RENDERED_TAGS, ["href", "title", "rel", "target"])).toEqual([]);
  });
});
