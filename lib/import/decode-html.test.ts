import { describe, expect, it } from "vitest";
import { decodeHtml } from "./decode-html";
import { decodeText } from "./decode-text";
import { textToArticleHtml } from "./text-to-article-html";

describe("decodeHtml", () => {
  const cafe = "<p>Café</p>";
  it.each([
    ["UTF-8 by default", Buffer.from(cafe, "utf8"), undefined],
    ["UTF-8 BOM", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(cafe, "utf8")]), "text/html; charset=iso-8859-1"],
    ["header charset", Buffer.from(cafe, "latin1"), "text/html; charset=ISO-8859-1"],
    ["quoted header charset", Buffer.from(cafe, "latin1"), 'text/html; charset="windows-1252"'],
    ["meta charset", Buffer.from(`<meta charset="iso-8859-1">${cafe}`, "latin1"), "text/html"],
    ["meta http-equiv", Buffer.from(`<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">${cafe}`, "latin1"), "text/html"],
    ["UTF-16LE BOM", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(cafe, "utf16le")]), undefined],
    ["unknown charset falls back to UTF-8", Buffer.from(cafe, "utf8"), "text/html; charset=klingon"],
  ])("%s", (_name, body, contentType) => {
    expect(decodeHtml(body, contentType)).toContain("Café");
  });
});

describe("decodeText", () => {
  it("strips a UTF-8 BOM and refuses binary data", () => {
    expect(decodeText(Buffer.from("\uFEFFabc", "utf8"))).toBe("abc");
    expect(decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00]))).toBeNull();
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from([0x00, 0x41])]))).toBe("A");
  });
});

describe("textToArticleHtml", () => {
  it.each([
    ["Headline\nBody.", "<h1>Headline</h1><p>Body.</p>"],
    ["A sentence.\nBody.", "<p>A sentence.</p><p>Body.</p>"],
    ["Only line", "<p>Only line</p>"],
    ["Is this a question?\nBody", "<p>Is this a question?</p><p>Body</p>"],
    ["وزیر اعظم نے کہا۔\nدوسرا", "<p>وزیر اعظم نے کہا۔</p><p>دوسرا</p>"],
    ["وزیر اعظم کا دورہ\nدوسرا", "<h1>وزیر اعظم کا دورہ</h1><p>دوسرا</p>"],
    ["a < b & c", "<p>a &lt; b &amp; c</p>"],
    ["\n\n", ""],
  ])("%j", (text, html) => {
    expect(textToArticleHtml(text)).toBe(html);
  });
});
