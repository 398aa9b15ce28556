import { describe, expect, it } from "vitest";
import { articleSchema } from "../editor/article-extensions";
import { htmlToDocument, textToDocument } from "./html-to-document";
import { testDocumentText } from "./test-support/xss-safety";

const paragraph = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });

describe("htmlToDocument", () => {
  it("keeps the article structure", () => {
    const doc = htmlToDocument(
      '<h2>Head</h2><p>Some <strong>bold</strong>, <em>it</em>, <u>u</u>, <s>s</s> and <a href="https://ex.com/a">a link</a>.</p>' +
        "<ul><li>one</li></ul><ol><li>two</li></ol><blockquote><p>quote</p></blockquote><hr><p>a<br>b</p>",
    );
    expect(doc.content?.map((node) => node.type)).toEqual(["heading", "paragraph", "bulletList", "orderedList", "blockquote", "horizontalRule", "paragraph"]);
    expect(doc.content?.[0]).toEqual({ type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Head" }] });
    const marks = doc.content?.[1].content?.flatMap((node) => node.marks?.map((mark) => mark.type) ?? []);
    expect(marks).toEqual(["bold", "italic", "underline", "strike", "link"]);
    expect(doc.content?.[1].content?.find((node) => node.marks?.[0]?.type === "link")?.marks?.[0].attrs).toEqual({
      href: "https://ex.com/a",
      title: null,
    });
    expect(doc.content?.[6].content?.map((node) => node.type)).toEqual(["text", "hardBreak", "text"]);
    expect(() => articleSchema.nodeFromJSON(doc).check()).not.toThrow();
  });

  it("turns divs and table cells into separate paragraphs", () => {
    expect(testDocumentText(htmlToDocument("<div>One</div><div><div>Two</div></div><table><tr><td>a</td><td>b</td></tr></table>"))).toBe("One\nTwo\na\nb");
  });

  it("drops what the schema doesn't know but keeps its text", () => {
    const doc = htmlToDocument('<p>x<img src="a.png" alt="pic"><code>code</code><sup>1</sup></p><pre>line1\nline2</pre><h6>small</h6>');
    expect(testDocumentText(doc)).toBe("xcode1\nline1 line2\nsmall");
    expect(doc.content?.[2]).toMatchObject({ type: "heading", attrs: { level: 4 } });
  });

  it("drops empty paragraphs, headings, lists and quotes", () => {
    const doc = htmlToDocument("<p></p><p>  </p><p>Text</p><h2> </h2><ul><li></li></ul><blockquote><p></p></blockquote><p><br></p>");
    expect(doc).toEqual({ type: "doc", content: [paragraph("Text")] });
  });

  it("keeps a list item's nested list when its own paragraph is empty", () => {
    const doc = htmlToDocument("<ul><li><p></p><ul><li>inner</li></ul></li></ul>");
    expect(() => articleSchema.nodeFromJSON(doc).check()).not.toThrow();
    expect(testDocumentText(doc)).toContain("inner");
  });

  it("collapses whitespace like a browser", () => {
    expect(htmlToDocument("<p>  a \n\t b  </p>")).toEqual({ type: "doc", content: [paragraph("a b")] });
  });

  it("gives one empty paragraph for empty or script-only HTML", () => {
    expect(htmlToDocument("")).toEqual({ type: "doc", content: [{ type: "paragraph" }] });
    expect(htmlToDocument("<script>alert(1)</script>")).toEqual({ type: "doc", content: [{ type: "paragraph" }] });
  });

  it("wraps loose text and stray list items", () => {
    const doc = htmlToDocument("loose <b>text</b><li>stray</li>");
    expect(() => articleSchema.nodeFromJSON(doc).check()).not.toThrow();
    expect(testDocumentText(doc)).toBe("loose text\nstray");
  });

  it("keeps non-Latin text and emoji intact", () => {
    const text = "وزیر اعظم نے کہا 👍🏽 e\u0301";
    expect(htmlToDocument(`<p>${text}</p>`)).toEqual({ type: "doc", content: [paragraph(text)] });
  });
});

describe("textToDocument", () => {
  it.each([
    ["One\nTwo", ["One", "Two"]],
    ["One\n\n\n\nTwo", ["One", "Two"]],
    ["  One  \r\n \t \r\nTwo\rThree", ["One", "Two", "Three"]],
    ["\n\nOnly\n\n", ["Only"]],
    ["<b>not html</b> & co", ["<b>not html</b> & co"]],
  ])("%j", (input, lines) => {
    expect(textToDocument(input)).toEqual({ type: "doc", content: lines.map(paragraph) });
  });

  it("gives one empty paragraph for blank text", () => {
    expect(textToDocument(" \n\n \t")).toEqual({ type: "doc", content: [{ type: "paragraph" }] });
  });

  it("builds a valid document", () => {
    expect(() => articleSchema.nodeFromJSON(textToDocument("a\u0000b\n\nc")).check()).not.toThrow();
  });
});
