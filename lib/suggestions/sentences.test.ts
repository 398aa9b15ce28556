import { describe, expect, it } from "vitest";
import { findQuotations, splitParagraphs } from "./quotations";
import { splitSentences } from "./sentences";

const sentences = (text: string) => {
  const paragraphs = splitParagraphs(text);
  return splitSentences(text, paragraphs, findQuotations(text, paragraphs)).map((s) => text.slice(s.start, s.end));
};

describe("splitSentences", () => {
  it("does not end a sentence after an abbreviation or initials", () => {
    expect(sentences("Dr. Khan met U.S. officials on Jan. 5 in Washington. They talked.")).toEqual(["Dr. Khan met U.S. officials on Jan. 5 in Washington.", "They talked."]);
  });

  it("keeps a quoted passage of several sentences in one sentence", () => {
    expect(sentences("He said: “We came. We saw.” Then he left.")).toEqual(["He said: “We came. We saw.”", "Then he left."]);
  });

  it("keeps a short attribution after a quoted question in the quote's sentence", () => {
    expect(sentences("“Why now?” Ms Marsh asked. The court rose.")).toEqual(["“Why now?” Ms Marsh asked.", "The court rose."]);
  });

  it("splits paragraphs at line breaks", () => {
    expect(sentences("One line\nAnother line.")).toEqual(["One line", "Another line."]);
  });
});

describe("findQuotations", () => {
  it("marks a quote that runs on into the next paragraph", () => {
    const text = "She said: “We waited.\n“Nobody came,” she said.";
    expect(findQuotations(text).map((q) => [text.slice(q.innerStart, q.innerEnd), q.continued])).toEqual([
      ["We waited.", false],
      ["Nobody came,", true],
    ]);
  });

  it("drops an opening mark that is never closed", () => {
    expect(findQuotations("He said “nothing at all.\nThe end.")).toEqual([]);
  });
});
