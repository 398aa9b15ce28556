import { describe, expect, it } from "vitest";
import { SENTENCE_PAIRING_THRESHOLD, refineSentenceBlock, sentencesIn, wordSimilarity } from "./sentence-pairing";
import { diffTexts, type DiffHunk } from "./text-diff";

const whole = (a: string, b: string): DiffHunk => ({ oldStart: 0, oldEnd: a.length, newStart: 0, newEnd: b.length });
const wordDiffOf = (a: string, b: string) => (oFrom: number, oTo: number, nFrom: number, nTo: number) =>
  diffTexts(a.slice(oFrom, oTo), b.slice(nFrom, nTo)).map((h) => ({ oldStart: h.oldStart + oFrom, oldEnd: h.oldEnd + oFrom, newStart: h.newStart + nFrom, newEnd: h.newEnd + nFrom }));
const refine = (a: string, b: string, moved?: Set<string>) =>
  refineSentenceBlock(a, b, whole(a, b), wordDiffOf(a, b), moved).map((h) => [a.slice(h.oldStart, h.oldEnd), b.slice(h.newStart, h.newEnd)]);

describe("wordSimilarity", () => {
  it("weighs shared words by length, in order", () => {
    expect(wordSimilarity("The mayor said no.", "The mayor said no.")).toBe(1);
    expect(wordSimilarity("The mayor said no.", "The major said no.")).toBeCloseTo(9 / 14);
    expect(wordSimilarity("alpha beta", "beta alpha")).toBeCloseTo(5 / 9);
    expect(wordSimilarity("", "")).toBe(1);
    expect(wordSimilarity("...", "!!!")).toBe(0);
  });

  it("keeps the pairing threshold at one half", () => {
    expect(SENTENCE_PAIRING_THRESHOLD).toBe(0.5);
  });
});

describe("sentencesIn", () => {
  it("lists sentences without the whitespace between them", () => {
    const text = "One. Two!\nThree";
    expect(sentencesIn(text, 0, text.length).map((u) => text.slice(u.start, u.end))).toEqual(["One.", "Two!", "Three"]);
  });
});

describe("refineSentenceBlock", () => {
  it("diffs an edited sentence word by word", () => {
    expect(refine("The council approved the budget today.", "The council rejected the budget today.")).toEqual([["approved", "rejected"]]);
  });

  it("replaces a sentence that kept less than half its words", () => {
    const a = "The council approved the budget today.";
    const b = "Police arrested three men near the port.";
    expect(refine(a, b)).toEqual([[a, b]]);
  });

  it("pairs each edited sentence with its own new version among several", () => {
    const a = "The council approved the budget. The mayor praised the vote.";
    const b = "A new sentence arrives first. The council approved the new budget. The mayor praised the vote loudly.";
    expect(refine(a, b)).toEqual([
      ["", "A new sentence arrives first. "],
      ["", "new "],
      ["", " loudly"],
    ]);
  });

  it("aligns a sentence split in two", () => {
    expect(refine("The mayor said the budget was balanced.", "The mayor said. The budget was balanced.")).toEqual([
      ["", "."],
      ["the", "The"],
    ]);
  });

  it("pairs a sentence that also appears verbatim elsewhere only with a near-identical partner", () => {
    const a = "Doctors at the hospital promised a report on missing persons.";
    const b = "Doctors at the hospital reported a report on missing persons.";
    expect(refine(a, b, new Set([a]))).toEqual([[a, b]]);
    const long = "Doctors at the main city hospital promised a detailed report on missing persons in the province.";
    const edited = long.replace("detailed", "full");
    expect(refine(long, edited, new Set([long]))).toEqual([["detailed", "full"]]);
  });

  it("diffs whitespace-only differences between sentences", () => {
    expect(refine("One. Two.", "One.\nTwo.")).toEqual([[" ", "\n"]]);
  });
});
