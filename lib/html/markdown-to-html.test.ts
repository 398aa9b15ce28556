import { describe, expect, it } from "vitest";
import { htmlToDocument } from "./html-to-document";
import { markdownToHtml } from "./markdown-to-html";
import { testDocumentText } from "./test-support/xss-safety";

describe("markdownToHtml", () => {
  it("converts article Markdown", () => {
    const html = markdownToHtml('# Title\n\n## Sub\n\nText with *em*, **strong**, ~~gone~~ and [a link](https://ex.com/a "Src").\n\n- one\n- two\n\n1. first\n\n> quoted\n\n---\n\nline  \nbreak');
    expect(html).toContain("<h1>Title</h1>");
    expect(html).toContain("<h2>Sub</h2>");
    expect(html).toContain('<em>em</em>, <strong>strong</strong>, <s>gone</s> and <a href="https://ex.com/a" title="Src">a link</a>');
    expect(html).toMatch(/<ul>\s*<li>one<\/li>\s*<li>two<\/li>\s*<\/ul>/);
    expect(html).toMatch(/<ol>\s*<li>first<\/li>\s*<\/ol>/);
    expect(html).toMatch(/<blockquote>\s*<p>quoted<\/p>\s*<\/blockquote>/);
    expect(html).toContain("<hr />");
    expect(html).toContain("line<br />break");
  });

  it("sanitises raw HTML and unsafe links", () => {
    const html = markdownToHtml('<script>alert(1)</script>\n\n[x](javascript:alert(1)) <img src=x onerror=alert(1)> <a href="data:x">d</a>');
    expect(html).not.toMatch(/script|onerror|javascript|data:|<img/);
    expect(html).toContain("x");
  });

  it("keeps code as plain text", () => {
    expect(testDocumentText(htmlToDocument(markdownToHtml("Use `npm` now.\n\n```\nconst a = 1;\n```")))).toBe("Use npm now.\nconst a = 1;");
  });

  it("returns nothing for empty Markdown", () => {
    expect(markdownToHtml("")).toBe("");
  });
});
