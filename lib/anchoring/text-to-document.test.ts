import { describe, expect, it } from "vitest";
import { documentToText } from "./document-text";
import { normalisePlainText, textToDocument } from "./text-to-document";
import { pmDoc, pmText } from "./test-support/pm-docs";
import { mulberry32 } from "./test-support/random";

describe("textToDocument", () => {
  it("makes one paragraph per line", () => {
    expect(textToDocument("One.\nTwo.")).toEqual({
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "One." }] },
        { type: "paragraph", content: [{ type: "text", text: "Two." }] },
      ],
    });
  });

  it.each([
    ["a\n\nb", "a\nb"],
    ["a\n\n\n\nb", "a\nb"],
    ["\n\na\n", "a"],
    ["a\r\nb\rc", "a\nb\nc"],
    ["a\r\n\r\nb", "a\nb"],
    ["  \n\tindented\n", "  \n\tindented"],
    ["", ""],
    ["\n\n", ""],
    ["😀 اردو e\u0301", "😀 اردو e\u0301"],
  ])("normalises %j to %j and round-trips", (input, expected) => {
    expect(normalisePlainText(input)).toBe(expected);
    expect(documentToText(textToDocument(input))).toBe(expected);
  });

  it("gives a valid StarterKit document that ProseMirror reads back as the same text", () => {
    for (const text of ["", "one line", "a\nb\n\nc", "   ", "tab\there\n😀"]) {
      const doc = pmDoc(textToDocument(text));
      expect(pmText(doc)).toBe(normalisePlainText(text));
    }
  });

  it("is the identity on already-normal text (random lines)", () => {
    const random = mulberry32(3);
    const pieces = ["word", " ", "😀", "پاکستان", "\t", ".", "e\u0301"];
    for (let trial = 0; trial < 100; trial++) {
      const lines = Array.from({ length: 1 + Math.floor(random() * 6) }, () =>
        Array.from({ length: 1 + Math.floor(random() * 6) }, () => pieces[Math.floor(random() * pieces.length)]).join(""),
      );
      const text = lines.join("\n");
      expect(normalisePlainText(text)).toBe(text);
      expect(documentToText(textToDocument(text))).toBe(text);
    }
  });

  it("keeps the text of a normalised document stable (idempotent)", () => {
    const once = documentToText(textToDocument("x\n\n\ny\r\nz\n"));
    expect(documentToText(textToDocument(once))).toBe(once);
  });
});
