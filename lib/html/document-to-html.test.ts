import { describe, expect, it } from "vitest";
import { documentToHtml } from "./document-to-html";
import { htmlToDocument } from "./html-to-document";

describe("documentToHtml", () => {
  it("renders the article schema", () => {
    const html = "<h1>T</h1><p>a <strong>b</strong> <em>c</em> <u>d</u> <s>e</s><br>f</p><ul><li><p>g</p></li></ul><ol><li><p>h</p></li></ol><blockquote><p>i</p></blockquote><hr>";
    expect(documentToHtml(htmlToDocument(html))).toBe(html);
  });

  it("renders links with a fixed rel and target", () => {
    expect(documentToHtml(htmlToDocument('<p><a href="https://ex.com/" rel="opener" target="_self" class="x">l</a></p>'))).toBe(
      '<p><a target="_blank" rel="noopener noreferrer nofollow" href="https://ex.com/">l</a></p>',
    );
  });

  it("renders an unsafe href from stored JSON as an empty href", () => {
    const doc = {
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }] }],
    };
    expect(documentToHtml(doc)).not.toContain("javascript:");
  });

  it("escapes text", () => {
    expect(documentToHtml({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "<script>&" }] }] })).toBe("<p>&lt;script&gt;&amp;</p>");
  });
});
