import { describe, expect, it } from "vitest";
import { parseArticleDocument } from "./parse-article-document";

const linkDoc = (href: unknown) => ({
  type: "doc",
  content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href, target: "_self", onclick: "y" } }] }] }],
});

describe("parseArticleDocument", () => {
  it("accepts and normalises a valid document", () => {
    const result = parseArticleDocument({
      type: "doc",
      content: [{ type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "H" }] }, { type: "paragraph" }],
    });
    expect(result).toEqual({
      ok: true,
      doc: { type: "doc", content: [{ type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "H" }] }, { type: "paragraph" }] },
    });
  });

  it("keeps safe links with only href and title", () => {
    const result = parseArticleDocument(linkDoc("https://example.com"));
    expect(result.ok && result.doc.content?.[0].content?.[0].marks).toEqual([{ type: "link", attrs: { href: "https://example.com/", title: null } }]);
  });

  it.each(["javascript:alert(1)", "data:text/html,x", "/relative", 42, null])("removes a link to %j but keeps its text", (href) => {
    const result = parseArticleDocument(linkDoc(href));
    expect(result.ok && result.doc.content?.[0].content?.[0]).toEqual({ type: "text", text: "x" });
  });

  it.each([
    ["not an object", "doc"],
    ["null", null],
    ["wrong root", { type: "paragraph" }],
    ["unknown node", { type: "doc", content: [{ type: "codeBlock", content: [{ type: "text", text: "x" }] }] }],
    ["unknown mark", { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "code" }] }] }] }],
    ["invalid nesting", { type: "doc", content: [{ type: "text", text: "loose" }] }],
    ["empty doc", { type: "doc", content: [] }],
    ["heading level 6", { type: "doc", content: [{ type: "heading", attrs: { level: 6 }, content: [{ type: "text", text: "H" }] }] }],
  ])("rejects %s", (_name, input) => {
    const result = parseArticleDocument(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe("invalid_document");
      expect(result.error.message).toMatch(/^The article text could not be saved: /);
    }
  });
});
