import { describe, expect, it } from "vitest";
import { createCodePointIndex } from "./code-points";
import {
  countWords,
  extendByWord,
  nextSentenceStart,
  nextWordStart,
  previousSentenceStart,
  previousWordStart,
  sentenceAfter,
  sentenceAt,
  sentenceBefore,
  shrinkByWord,
  wordAt,
  type UnitSpan,
} from "./text-units";

const cut = (text: string, span: UnitSpan | null) => (span ? Array.from(text).slice(span.start, span.end).join("") : null);
const EN = "The minister said the plan works. Critics disagree! Was it true?\nA heading\nMr. Khan met Dr. Ali on Jan. 5. They spoke.";

describe("sentences", () => {
  it("finds the sentence holding the caret, trimmed of the space after it", () => {
    expect(cut(EN, sentenceAt(EN, 0))).toBe("The minister said the plan works.");
    expect(cut(EN, sentenceAt(EN, 10))).toBe("The minister said the plan works.");
    expect(cut(EN, sentenceAt(EN, EN.indexOf("Critics") + 2))).toBe("Critics disagree!");
  });

  it("ends a sentence at a line break, so a heading stands alone", () => {
    expect(cut(EN, sentenceAt(EN, EN.indexOf("Was")))).toBe("Was it true?");
    expect(cut(EN, sentenceAt(EN, EN.indexOf("heading")))).toBe("A heading");
  });

  it("does not end a sentence after an abbreviation or an initial", () => {
    expect(cut(EN, sentenceAt(EN, EN.indexOf("Mr.")))).toBe("Mr. Khan met Dr. Ali on Jan. 5.");
    expect(cut("J. K. Rowling wrote it. Yes.", sentenceAt("J. K. Rowling wrote it. Yes.", 0))).toBe("J. K. Rowling wrote it.");
  });

  it("keeps decimals and figures inside the sentence", () => {
    const text = "Prices rose 3.5% in 2024. Then fell.";
    expect(cut(text, sentenceAt(text, 0))).toBe("Prices rose 3.5% in 2024.");
  });

  it("splits Urdu at the Arabic full stop and question mark", () => {
    const text = "پاکستان نے کہا۔ یہ درست ہے۔ ٹھیک؟";
    expect(cut(text, sentenceAt(text, 0))).toBe("پاکستان نے کہا۔");
    expect(cut(text, sentenceAt(text, text.indexOf("یہ")))).toBe("یہ درست ہے۔");
    expect(cut(text, sentenceAfter(text, text.indexOf("ہے۔") + 3))).toBe("ٹھیک؟");
  });

  it("counts code points, not UTF-16 units, after astral characters", () => {
    const text = "Fire 🔥 spread fast. Then 😀 rain came.";
    const second = sentenceAt(text, Array.from(text).indexOf("T"));
    expect(cut(text, second)).toBe("Then 😀 rain came.");
    expect(second).toEqual({ start: 20, end: 37 });
  });

  it("steps to the next and previous sentence", () => {
    const first = sentenceAt(EN, 0)!;
    expect(cut(EN, sentenceAfter(EN, first.end))).toBe("Critics disagree!");
    expect(cut(EN, sentenceBefore(EN, EN.indexOf("Critics")))).toBe("The minister said the plan works.");
    expect(sentenceBefore(EN, 0)).toBeNull();
    expect(sentenceAfter(EN, EN.length)).toBeNull();
  });

  it("moves a caret by sentence starts", () => {
    expect(nextSentenceStart(EN, 0)).toBe(EN.indexOf("Critics"));
    expect(nextSentenceStart(EN, 5)).toBe(EN.indexOf("Critics"));
    expect(previousSentenceStart(EN, EN.indexOf("Critics") + 3)).toBe(EN.indexOf("Critics"));
    expect(previousSentenceStart(EN, EN.indexOf("Critics"))).toBe(0);
    expect(previousSentenceStart(EN, 0)).toBe(0);
    expect(nextSentenceStart(EN, EN.length)).toBe(EN.length);
  });

  it("gives the last sentence for a caret after the end and null for text without any", () => {
    expect(cut(EN, sentenceAt(EN, EN.length))).toBe("They spoke.");
    expect(sentenceAt("   \n  ", 2)).toBeNull();
    expect(sentenceAt("", 0)).toBeNull();
  });

  it("reuses the boundaries of one indexed text", () => {
    const index = createCodePointIndex(EN);
    expect(cut(EN, sentenceAt(index, 0))).toBe("The minister said the plan works.");
    expect(cut(EN, sentenceAt(index, EN.length))).toBe("They spoke.");
  });
});

describe("words", () => {
  const text = "The plan, they said, works — in 2024.";

  it("moves the caret to the next and previous word, skipping punctuation", () => {
    expect(nextWordStart(text, 0)).toBe(4);
    expect(nextWordStart(text, 4)).toBe(text.indexOf("they"));
    expect(previousWordStart(text, text.indexOf("they"))).toBe(4);
    expect(previousWordStart(text, text.indexOf("they") + 2)).toBe(text.indexOf("they"));
    expect(previousWordStart(text, 0)).toBe(0);
    expect(nextWordStart(text, text.length)).toBe(text.length);
  });

  it("extends a selection by one word and shrinks it back, never to nothing", () => {
    const plan = { start: 0, end: 8 };
    const extended = extendByWord(text, plan);
    expect(cut(text, extended)).toBe("The plan, they");
    expect(cut(text, shrinkByWord(text, extended))).toBe("The plan");
    expect(cut(text, shrinkByWord(text, { start: 0, end: 3 }))).toBe("The");
    const end = { start: 0, end: text.length };
    expect(extendByWord(text, end)).toEqual(end);
  });

  it("finds the word at a caret in Urdu", () => {
    const urdu = "پاکستان نے کہا۔";
    expect(cut(urdu, wordAt(urdu, 1))).toBe("پاکستان");
    expect(cut(urdu, wordAt(urdu, urdu.indexOf("کہا")))).toBe("کہا");
  });

  it("counts words, not spaces, punctuation or emoji", () => {
    expect(countWords("The plan, they said, works.")).toBe(5);
    expect(countWords("پاکستان نے کہا۔")).toBe(3);
    expect(countWords("  ")).toBe(0);
  });
});
