import { describe, expect, it } from "vitest";
import { wordDiff, type WordDiffPart } from "./word-diff";

const side = (parts: WordDiffPart[], skip: WordDiffPart["type"]) =>
  parts
    .filter((part) => part.type !== skip)
    .map((part) => part.text)
    .join("");

function expectReconstructs(oldText: string, newText: string) {
  const { parts } = wordDiff(oldText, newText);
  expect(side(parts, "insert")).toBe(oldText);
  expect(side(parts, "delete")).toBe(newText);
  for (let i = 1; i < parts.length; i += 1) {
    expect(parts[i].type === parts[i - 1].type, "neighbours merged").toBe(false);
    if (parts[i].type === "delete") expect(parts[i - 1].type).toBe("equal");
  }
  expect(parts.every((part) => part.text !== "")).toBe(true);
  return parts;
}

function rng(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

describe("wordDiff", () => {
  it("shows a replaced word", () => {
    expect(wordDiff("The cat sat on the mat.", "The dog sat on the mat.").parts).toEqual([
      { type: "equal", text: "The " },
      { type: "delete", text: "cat" },
      { type: "insert", text: "dog" },
      { type: "equal", text: " sat on the mat." },
    ]);
  });

  it("shows inserted and deleted words with their space", () => {
    expect(wordDiff("The cat sat.", "The big cat sat.").parts).toEqual([
      { type: "equal", text: "The" },
      { type: "insert", text: " big" },
      { type: "equal", text: " cat sat." },
    ]);
    expect(wordDiff("The big cat sat.", "The cat sat.").parts).toEqual([
      { type: "equal", text: "The" },
      { type: "delete", text: " big" },
      { type: "equal", text: " cat sat." },
    ]);
  });

  it("treats punctuation and numbers as words of their own", () => {
    expect(wordDiff("Turnout was 61.5%, officials said.", "Turnout was 65.1% officials said.").parts).toEqual([
      { type: "equal", text: "Turnout was " },
      { type: "delete", text: "61.5" },
      { type: "insert", text: "65.1" },
      { type: "equal", text: "%" },
      { type: "delete", text: "," },
      { type: "equal", text: " officials said." },
    ]);
  });

  it("shows a paragraph split as an inserted line break", () => {
    const parts = expectReconstructs("First sentence. Second sentence.\nThird.", "First sentence.\nSecond sentence.\nThird.");
    expect(parts.filter((part) => part.type !== "equal")).toEqual([
      { type: "delete", text: " " },
      { type: "insert", text: "\n" },
    ]);
  });

  it("works on Urdu text and emoji", () => {
    const parts = expectReconstructs("وزیر اعظم نے کہا 👍🏽", "وزیر خارجہ نے کہا 👍");
    expect(parts.filter((part) => part.type !== "equal")).toEqual([
      { type: "delete", text: "اعظم" },
      { type: "insert", text: "خارجہ" },
      { type: "delete", text: "🏽" },
    ]);
  });

  it("summarises words added and removed", () => {
    expect(wordDiff("One two three.\nFour five.", "One 2 three.\nFour five six. Seven!").summary).toEqual({
      wordsAdded: 3,
      wordsRemoved: 1,
      wordsUnchanged: 4,
      changed: true,
      approximate: false,
    });
  });

  it.each([
    ["", ""],
    ["same", "same"],
    ["", "All new text.\nTwo lines."],
    ["All old text.", ""],
    ["a\n\nb\n", "a\nb"],
    ["  lead and trail  ", "lead and trail"],
  ])("handles %j → %j", (oldText, newText) => {
    const parts = expectReconstructs(oldText, newText);
    expect(wordDiff(oldText, newText).summary.changed).toBe(oldText !== newText);
    if (oldText === newText) expect(parts.every((part) => part.type === "equal")).toBe(true);
  });

  it("reconstructs both texts for random edits", () => {
    const random = rng(42);
    const vocabulary = ["the", "minister", "said", ",", ".", "\n", "وزیر", "👍", "2024", "  ", "claims"];
    const pick = () => vocabulary[Math.floor(random() * vocabulary.length)];
    for (let run = 0; run < 200; run += 1) {
      const words = Array.from({ length: 5 + Math.floor(random() * 40) }, pick);
      const edited = words.flatMap((word) => (random() < 0.15 ? [] : random() < 0.15 ? [pick(), word] : random() < 0.1 ? [pick()] : [word]));
      expectReconstructs(words.join(" "), edited.join(" "));
    }
  });
});

describe("wordDiff on long articles", () => {
  const paragraphs = (count: number, make: (p: number, w: number) => string) => Array.from({ length: count }, (_, p) => Array.from({ length: 50 }, (_, w) => make(p, w)).join(" ") + ".").join("\n");
  const article = paragraphs(400, (p, w) => `word${(p * 50 + w) % 997}`); // 20,000 words

  it("diffs a 20,000-word article with scattered edits quickly and exactly", () => {
    const edited = paragraphs(400, (p, w) => ((p * 50 + w) % 97 === 0 ? "edited" : `word${(p * 50 + w) % 997}`));
    const started = performance.now();
    const { parts, summary } = wordDiff(article, edited);
    const elapsed = performance.now() - started;
    expect(side(parts, "insert")).toBe(article);
    expect(side(parts, "delete")).toBe(edited);
    expect(summary).toMatchObject({ wordsAdded: 207, wordsRemoved: 207, approximate: false });
    expect(elapsed).toBeLessThan(2000);
  });

  it("diffs a complete rewrite within a bounded time, approximately", () => {
    const rewritten = paragraphs(400, (p, w) => `other${(p * 31 + w) % 991}`);
    const started = performance.now();
    const { parts, summary } = wordDiff(article, rewritten);
    const elapsed = performance.now() - started;
    expect(side(parts, "insert")).toBe(article);
    expect(side(parts, "delete")).toBe(rewritten);
    expect(summary).toMatchObject({ wordsAdded: 20000, wordsRemoved: 20000, approximate: true });
    expect(elapsed).toBeLessThan(8000);
  });

  it("diffs every paragraph lightly edited", () => {
    const edited = paragraphs(400, (p, w) => (w === 7 ? "changed" : `word${(p * 50 + w) % 997}`));
    const started = performance.now();
    const { summary } = wordDiff(article, edited);
    expect(summary).toMatchObject({ wordsAdded: 400, wordsRemoved: 400, approximate: false });
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
