import { describe, expect, it } from "vitest";
import { codePointLength } from "./code-points";
import { createTextModel, documentToText } from "./document-text";
import { InvalidDocumentError, STARTER_KIT_NODE_KINDS, type PmNodeJson } from "./node-kinds";
import { SAMPLE_DOCS, pmDoc, pmText, randomDoc } from "./test-support/pm-docs";
import { mulberry32 } from "./test-support/random";

/** Whether `pos` of `doc` splits a surrogate pair (ProseMirror counts UTF-16 units, we do not). */
function splitsPair(before: string): boolean {
  const last = before.charCodeAt(before.length - 1);
  return last >= 0xd800 && last <= 0xdbff;
}

/** Checks every position and every offset of `json` against ProseMirror's own `textBetween` and `resolve`. */
function checkAgainstProseMirror(json: PmNodeJson): void {
  const doc = pmDoc(json);
  const model = createTextModel(doc.toJSON() as PmNodeJson);
  const size = doc.content.size;
  expect(model.text).toBe(pmText(doc));
  expect(documentToText(doc.toJSON() as PmNodeJson)).toBe(model.text);
  expect(model.docSize).toBe(size);
  expect(model.length).toBe(codePointLength(model.text));

  for (let pos = 0; pos <= size; pos++) {
    const before = pmText(doc, 0, pos);
    if (splitsPair(before)) continue;
    expect(model.posToOffset(pos, -1), `pos ${pos} assoc -1`).toBe(codePointLength(before));
    expect(model.posToOffset(pos, 1), `pos ${pos} assoc 1`).toBe(model.length - codePointLength(pmText(doc, pos, size)));
  }
  for (let offset = 0; offset <= model.length; offset++) {
    for (const assoc of [-1, 1]) {
      const pos = model.offsetToPos(offset, assoc);
      if (model.text.length > 0 || doc.firstChild?.isTextblock) expect(doc.resolve(pos).parent.isTextblock, `offset ${offset}`).toBe(true);
      expect(model.posToOffset(pos, -1)).toBe(offset);
      expect(model.posToOffset(pos, 1)).toBe(offset);
      expect(codePointLength(pmText(doc, 0, pos))).toBe(offset);
    }
  }
}

describe("text model against ProseMirror", () => {
  for (const [name, json] of Object.entries(SAMPLE_DOCS)) {
    it(`maps every position and offset exactly: ${name}`, () => checkAgainstProseMirror(json));
  }

  it("maps every position and offset exactly on 150 random documents", () => {
    const random = mulberry32(2024);
    for (let i = 0; i < 150; i++) checkAgainstProseMirror(randomDoc(random));
  });
});

describe("separator rules", () => {
  const textOf = (name: string) => documentToText(SAMPLE_DOCS[name]);

  it("separates consecutive textblocks with one newline", () => {
    expect(textOf("plain paragraphs")).toBe("One two.\nThree four.");
  });

  it("keeps empty paragraphs as empty lines", () => {
    expect(textOf("empty paragraphs first, between and last")).toBe("\na\n\n\nb\n");
    expect(textOf("only an empty paragraph")).toBe("");
  });

  it("adds nothing for horizontal rules: no double newlines", () => {
    expect(textOf("horizontal rules")).toBe("a\nb");
  });

  it("turns hard breaks into newlines", () => {
    expect(textOf("hard breaks everywhere")).toBe("\nstart\n\nmid\n\n\n\nx");
  });

  it("flattens nested lists and blockquotes with single newlines", () => {
    expect(textOf("nested lists")).toBe("first\ninner a\ninner b\nsecond para\nsecond\ntail");
    expect(textOf("heading, blockquote and code block")).toBe("Title\nQuoted \ntwice\nline 1\nline 2\nafter");
  });

  it("keeps emoji, Urdu and combining marks verbatim", () => {
    expect(textOf("emoji, Urdu and combining marks")).toBe("Emoji 😀 and 👍🏽 flags 🇵🇰.\nاردو: پاکستان زندہ باد\nپښتو ژبه\nCafe\u0301 re\u0301sume\u0301 𝔘𝔫𝔦");
  });
});

describe("offset ↔ position mapping", () => {
  it("counts offsets in code points while positions count UTF-16 units", () => {
    const model = createTextModel({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "😀x" }] }] });
    expect(model.length).toBe(2);
    expect(model.docSize).toBe(5);
    expect(model.offsetToPos(1)).toBe(3);
    expect(model.posToOffset(3)).toBe(1);
    expect(model.posToOffset(2)).toBe(0);
  });

  it("maps positions between blocks by assoc", () => {
    const model = createTextModel(SAMPLE_DOCS["plain paragraphs"]);
    expect(model.posToOffset(9, -1)).toBe(8);
    expect(model.posToOffset(10, -1)).toBe(8);
    expect(model.posToOffset(10, 1)).toBe(9);
    expect(model.offsetToPos(8)).toBe(9);
    expect(model.offsetToPos(9)).toBe(11);
  });

  it("maps positions before the first and after the last textblock to the text's ends", () => {
    const model = createTextModel(SAMPLE_DOCS["horizontal rules"]);
    expect(model.posToOffset(0, 1)).toBe(0);
    expect(model.posToOffset(model.docSize, -1)).toBe(model.length);
    expect(model.offsetToPos(0)).toBe(2);
  });

  it("picks the left or right side of an inline leaf that has no text", () => {
    const kinds = { ...STARTER_KIT_NODE_KINDS, inlineLeaves: new Map([["mention", ""]]) };
    const json: PmNodeJson = {
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "text", text: "ab" }, { type: "mention" }, { type: "text", text: "cd" }] }],
    };
    const model = createTextModel(json, { nodeKinds: kinds });
    expect(model.text).toBe("abcd");
    expect(model.offsetToPos(2, -1)).toBe(3);
    expect(model.offsetToPos(2, 1)).toBe(4);
    expect(model.posToOffset(4)).toBe(2);
  });

  it("gives an inline leaf with longer text its text, snapping inner offsets by assoc", () => {
    const kinds = { ...STARTER_KIT_NODE_KINDS, inlineLeaves: new Map([["emoji", ":)"]]) };
    const model = createTextModel({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "a" }, { type: "emoji" }, { type: "text", text: "b" }] }] }, { nodeKinds: kinds });
    expect(model.text).toBe("a:)b");
    expect(model.offsetToPos(2, -1)).toBe(2);
    expect(model.offsetToPos(2, 1)).toBe(3);
    expect(model.offsetToPos(3)).toBe(3);
  });

  it("infers unknown node types from their content", () => {
    const json: PmNodeJson = {
      type: "doc",
      content: [
        { type: "callout", content: [{ type: "paragraph", content: [{ type: "text", text: "in callout" }] }] },
        { type: "caption", content: [{ type: "text", text: "a caption" }] },
        { type: "divider" },
      ],
    };
    const model = createTextModel(json);
    expect(model.text).toBe("in callout\na caption");
    expect(model.docSize).toBe(2 + 12 + 11 + 1);
  });

  it("rejects offsets and positions out of range", () => {
    const model = createTextModel(SAMPLE_DOCS["plain paragraphs"]);
    expect(() => model.offsetToPos(-1)).toThrow(RangeError);
    expect(() => model.offsetToPos(model.length + 1)).toThrow(RangeError);
    expect(() => model.offsetToPos(1.5)).toThrow(RangeError);
    expect(() => model.posToOffset(model.docSize + 1)).toThrow(RangeError);
  });

  it("maps a document without textblocks", () => {
    const model = createTextModel({ type: "doc", content: [{ type: "horizontalRule" }] });
    expect(model.text).toBe("");
    expect(model.offsetToPos(0)).toBe(0);
    expect(model.posToOffset(1)).toBe(0);
  });
});

describe("malformed documents", () => {
  it.each([
    ["a node without type", { type: "doc", content: [{}] }],
    ["an empty text node", { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "" }] }] }],
    ["text among blocks", { type: "doc", content: [{ type: "text", text: "loose" }] }],
  ])("rejects %s", (_name, json) => {
    expect(() => createTextModel(json as PmNodeJson)).toThrow(InvalidDocumentError);
  });

  it("rejects absurd nesting instead of overflowing the stack", () => {
    let node: PmNodeJson = { type: "paragraph", content: [{ type: "text", text: "x" }] };
    for (let i = 0; i < 600; i++) node = { type: "blockquote", content: [node] };
    expect(() => createTextModel({ type: "doc", content: [node] })).toThrow(InvalidDocumentError);
  });
});

describe("performance", () => {
  it("builds the model of a 130,000-character document and maps 10,000 offsets quickly", () => {
    const paragraphs: PmNodeJson[] = [];
    for (let i = 0; i < 1300; i++) {
      paragraphs.push({
        type: "paragraph",
        content: [
          { type: "text", text: "Some words of the paragraph 😀 " },
          { type: "text", text: "in bold, ", marks: [{ type: "bold" }] },
          { type: "hardBreak" },
          { type: "text", text: "and the rest of it, in plain text here." + " filler".repeat(4) },
        ],
      });
    }
    const started = performance.now();
    const model = createTextModel({ type: "doc", content: paragraphs });
    let check = 0;
    for (let i = 0; i < 10_000; i++) {
      const offset = (i * 7919) % model.length;
      check += model.posToOffset(model.offsetToPos(offset)) - offset;
    }
    expect(check).toBe(0);
    expect(model.text.length).toBeGreaterThan(125_000);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
