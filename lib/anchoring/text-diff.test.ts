import { describe, expect, it } from "vitest";
import { diffTexts, type DiffHunk } from "./text-diff";
import { mulberry32 } from "./test-support/random";

/** Applies the hunks to `oldText`; a correct diff gives back `newText`. */
function apply(oldText: string, newText: string, hunks: DiffHunk[]): string {
  let out = "";
  let at = 0;
  for (const h of hunks) {
    out += oldText.slice(at, h.oldStart) + newText.slice(h.newStart, h.newEnd);
    at = h.oldEnd;
  }
  return out + oldText.slice(at);
}

const show = (a: string, b: string) => diffTexts(a, b).map((h) => [a.slice(h.oldStart, h.oldEnd), b.slice(h.newStart, h.newEnd)]);

describe("diffTexts", () => {
  it("finds nothing between equal texts", () => {
    expect(diffTexts("same text", "same text")).toEqual([]);
  });

  it("replaces whole words", () => {
    expect(show("The mayor said no.", "The major said no.")).toEqual([["mayor", "major"]]);
    expect(show("They all say hello to us.", "They all say helloo to us.")).toEqual([["hello", "helloo"]]);
  });

  it("reports insertions and deletions as empty sides", () => {
    expect(show("a b c", "a b x c")).toEqual([["", "x "]]);
    expect(show("a b x c", "a b c")).toEqual([["x ", ""]]);
  });

  it("keeps whitespace and punctuation changes small", () => {
    expect(show("Hello  world, ok", "Hello world; ok")).toEqual([
      ["  ", " "],
      [",", ";"],
    ]);
  });

  it("keeps emoji and combining marks whole", () => {
    expect(show("x 😀 y", "x 😃 y")).toEqual([["😀", "😃"]]);
    expect(show("Un cafe\u0301 noir pour la table", "Un cafe noir pour la table")).toEqual([["cafe\u0301", "cafe"]]);
    expect(show("یہ اردو زبان کا جملہ ہے", "یہ اردو زبانیں کا جملہ ہے")).toEqual([["زبان", "زبانیں"]]);
  });

  it("slides insertions and deletions to natural boundaries", () => {
    expect(show("officials said.", "officials said.\nCoda.")).toEqual([["", "\nCoda."]]);
    expect(show("officials said.\nCoda.", "officials said.")).toEqual([["\nCoda.", ""]]);
    expect(show("A. B.", "A. C. B.")).toEqual([["", " C."]]);
    expect(show("one. two. three.", "one. three.")).toEqual([[" two.", ""]]);
  });

  it("replaces a sentence that kept less than half of its words as a whole (no word alignment)", () => {
    const a = "Intro stays. The minister said taxes would fall in a statement on Tuesday. Outro stays.";
    const b = "Intro stays. Police arrested three men in Karachi in a statement on Tuesday. Outro stays.";
    // Even the shared stock phrase is part of the replacement: no annotation can slide into it.
    expect(show(a, b)).toEqual([["The minister said taxes would fall in a statement on Tuesday.", "Police arrested three men in Karachi in a statement on Tuesday."]]);
  });

  it("aligns a sentence split in two, or two merged, word by word", () => {
    expect(show("A. The mayor said the budget was balanced. B.", "A. The mayor said\nthe budget was balanced. B.")).toEqual([[" ", "\n"]]);
    expect(show("A. The mayor spoke. He said it was balanced. B.", "A. The mayor spoke and said it was balanced. B.")).toEqual([
      [".", ""],
      ["He", "and"],
    ]);
  });

  it("never lets the common prefix or suffix cut a sentence", () => {
    expect(show("Critics cited a deficit of two million.", "Critics cited a shortfall of three million.")).toEqual([
      ["deficit", "shortfall"],
      ["two", "three"],
    ]);
  });

  it("shows a moved sentence as a deletion and an insertion", () => {
    const hunks = show("One two three. Four five six. Seven eight nine.", "Four five six. One two three. Seven eight nine.");
    expect(hunks).toHaveLength(2);
    expect(hunks.map(([a, b]) => a + b).join("")).toContain("One two three");
  });

  it("rebuilds the new text on random word edits (property)", () => {
    const random = mulberry32(9);
    const vocabulary = ["the", "mayor", "said", "budget", "😀", "پاکستان", "e\u0301", ",", ".", "  ", "\n"];
    for (let trial = 0; trial < 200; trial++) {
      const words = Array.from({ length: 5 + Math.floor(random() * 80) }, () => vocabulary[Math.floor(random() * vocabulary.length)]);
      const edited = words.slice();
      for (let e = 0; e < 1 + Math.floor(random() * 6); e++) {
        const at = Math.floor(random() * edited.length);
        const kind = random();
        if (kind < 0.33) edited.splice(at, 1);
        else if (kind < 0.66) edited.splice(at, 0, "new" + e);
        else edited[at] = vocabulary[Math.floor(random() * vocabulary.length)];
      }
      const a = words.join(" ");
      const b = edited.join(" ");
      const hunks = diffTexts(a, b);
      expect(apply(a, b, hunks)).toBe(b);
      for (let i = 1; i < hunks.length; i++) expect(hunks[i].oldStart).toBeGreaterThanOrEqual(hunks[i - 1].oldEnd);
    }
  });

  it("diffs 130,000 characters of low-vocabulary text with scattered edits and moves fast", () => {
    const random = mulberry32(42);
    const vocabulary = "the a of mayor city council said report budget police new old year people officials 😀 پاکستان".split(" ");
    const words = Array.from({ length: 22_000 }, () => vocabulary[Math.floor(random() * vocabulary.length)] + (random() < 0.1 ? "." : ""));
    const edited = words.slice();
    for (let i = 0; i < 200; i++) edited.splice(Math.floor(random() * edited.length), 1, `inserted${i}`);
    for (let i = 0; i < 30; i++) {
      const moved = edited.splice(Math.floor(random() * edited.length), 20);
      edited.splice(Math.floor(random() * edited.length), 0, ...moved);
    }
    const a = words.join(" ");
    const b = edited.join(" ");
    const started = performance.now();
    const hunks = diffTexts(a, b);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(apply(a, b, hunks)).toBe(b);
    const changed = hunks.reduce((sum, h) => sum + h.oldEnd - h.oldStart, 0);
    expect(changed).toBeLessThan(a.length / 10);
  });
});
