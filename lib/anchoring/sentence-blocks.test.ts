import { describe, expect, it } from "vitest";
import { diffSentenceBlocks } from "./sentence-blocks";

const blocks = (a: string, b: string) => diffSentenceBlocks(a, b, [0, a.length, 0, b.length]).map((h) => [a.slice(h.oldStart, h.oldEnd), b.slice(h.newStart, h.newEnd)]);

describe("diffSentenceBlocks", () => {
  it("finds no block between equal texts", () => {
    expect(blocks("One. Two.", "One. Two.")).toEqual([]);
  });

  it("gives the stretch between unchanged sentences, whitespace included, as the block", () => {
    expect(blocks("One. Two. Three.", "One. Deux. Three.")).toEqual([[" Two. ", " Deux. "]]);
    expect(blocks("One. Three.", "One. Two. Three.")).toEqual([[" ", " Two. "]]);
  });

  it("matches an unchanged sentence rather than a shared space", () => {
    // Old [S, I] against new [F, S]: S must match; a space must not split the change in two.
    expect(blocks("A. S is here. I goes. B.", "A. F comes. S is here. B.")).toEqual([
      [" ", " F comes. "],
      [" I goes. ", " "],
    ]);
  });

  it("reports a changed paragraph break as a block of whitespace", () => {
    expect(blocks("One. Two.", "One.\nTwo.")).toEqual([[" ", "\n"]]);
  });
});
