import { describe, expect, it } from "vitest";
import { mergeInlineContent } from "./inline-merge";
import { bold, hardBreak, link, text } from "./test-support/documents";

const merge = (base: string, mine: string, theirs: string) => mergeInlineContent([text(base)], [text(mine)], [text(theirs)]);

describe("mergeInlineContent", () => {
  it("merges edits to different words of one paragraph", () => {
    expect(merge("The mayor said on Monday that taxes rise.", "The mayor said on Tuesday that taxes rise.", "The governor said on Monday that taxes rise.")).toEqual({
      clean: true,
      content: [text("The governor said on Tuesday that taxes rise.")],
    });
  });

  it("merges an insertion and a deletion far apart", () => {
    expect(merge("One two three four five.", "One two three four five six.", "One three four five.")).toEqual({ clean: true, content: [text("One three four five six.")] });
  });

  it("reports different edits of the same word as a conflict, each side keeping the other's clean edits", () => {
    const result = merge("Rates rose 3% in May, the bank said.", "Rates rose 4% in May, the central bank said.", "Rates rose 5% in May, the bank said.");
    expect(result).toEqual({
      clean: false,
      mine: [text("Rates rose 4% in May, the central bank said.")],
      theirs: [text("Rates rose 5% in May, the central bank said.")],
    });
  });

  it("reports two different insertions at the same place as a conflict", () => {
    expect(merge("a b", "a new b", "a old b")?.clean).toBe(false);
  });

  it("takes the same insertion made on both sides once", () => {
    expect(merge("a b", "a new b", "a new b")).toEqual({ clean: true, content: [text("a new b")] });
  });

  it("reports a deletion against an edit of the deleted words as a conflict", () => {
    const result = merge("Keep this sentence. Drop this one.", "Keep this sentence.", "Keep this sentence. Drop this one now.");
    expect(result?.clean).toBe(false);
  });

  it("keeps marks on untouched words while merging edits elsewhere", () => {
    const result = mergeInlineContent(
      [text("The "), bold("mayor"), text(" said it on Monday.")],
      [text("The "), bold("mayor"), text(" said it on Tuesday.")],
      [text("Our "), bold("mayor"), text(" said it on Monday.")],
    );
    expect(result).toEqual({ clean: true, content: [text("Our "), bold("mayor"), text(" said it on Tuesday.")] });
  });

  it("merges a new mark on one side with a text edit elsewhere on the other", () => {
    const result = mergeInlineContent([text("Prices rose sharply last year.")], [text("Prices rose "), bold("sharply"), text(" last year.")], [text("Prices rose sharply in 2025.")]);
    expect(result).toEqual({ clean: true, content: [text("Prices rose "), bold("sharply"), text(" in 2025.")] });
  });

  it("treats a mark added to a word the other side edited as a conflict", () => {
    const result = mergeInlineContent([text("Prices rose sharply.")], [text("Prices rose "), bold("sharply"), text(".")], [text("Prices rose steeply.")]);
    expect(result?.clean).toBe(false);
    if (result && !result.clean) {
      expect(result.mine).toEqual([text("Prices rose "), bold("sharply"), text(".")]);
      expect(result.theirs).toEqual([text("Prices rose steeply.")]);
    }
  });

  it("keeps a link and its address intact", () => {
    const result = mergeInlineContent(
      [text("See "), link("the report", "https://a.example/r"), text(" from May.")],
      [text("See "), link("the report", "https://a.example/r"), text(" from June.")],
      [text("Read "), link("the report", "https://a.example/r"), text(" from May.")],
    );
    expect(result).toEqual({ clean: true, content: [text("Read "), link("the report", "https://a.example/r"), text(" from June.")] });
  });

  it("treats a changed link address against edited link text as a conflict", () => {
    const result = mergeInlineContent([link("the report", "https://a.example/r")], [link("the report", "https://b.example/r")], [link("the full report", "https://a.example/r")]);
    expect(result?.clean).toBe(false);
  });

  it("keeps hard breaks as they are", () => {
    const result = mergeInlineContent([text("Line one"), hardBreak(), text("line two")], [text("Line 1"), hardBreak(), text("line two")], [text("Line one"), hardBreak(), text("line 2")]);
    expect(result).toEqual({ clean: true, content: [text("Line 1"), hardBreak(), text("line 2")] });
  });

  it("merges into an empty paragraph and out of one", () => {
    expect(mergeInlineContent(undefined, [text("new")], undefined)).toEqual({ clean: true, content: [text("new")] });
    expect(mergeInlineContent([text("old")], [], [text("old")])).toEqual({ clean: true, content: [] });
  });

  it("works on any script and keeps emoji whole", () => {
    expect(merge("وزیر اعظم نے کہا 👍🏽 ٹھیک", "وزیر اعظم نے کہا 👍🏽 بالکل", "وزیر نے کہا 👍🏽 ٹھیک")).toEqual({ clean: true, content: [text("وزیر نے کہا 👍🏽 بالکل")] });
  });

  it("refuses inline nodes it cannot take apart", () => {
    const image = { type: "image", attrs: { src: "x" } };
    expect(mergeInlineContent([text("a"), image], [text("b"), image], [text("a c"), image])).toBeNull();
  });
});
