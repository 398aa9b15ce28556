import { describe, expect, it } from "vitest";
import { countWords, tokenizeWords } from "./word-tokens";

describe("tokenizeWords", () => {
  it.each([
    ["The cat sat.", ["The", "cat", "sat", "."]],
    ["Don't stop—co-op U.S. 3.5% 1,000 at 10:30", ["Don't", "stop", "—", "co-op", "U.S", ".", "3.5", "%", "1,000", "at", "10:30"]],
    ["وزیر اعظم نے کہا، ٹھیک", ["وزیر", "اعظم", "نے", "کہا", "،", "ٹھیک"]],
    ["e\u0301te\u0301 👍🏽!", ["e\u0301te\u0301", "👍", "🏽", "!"]],
    ["'quoted'", ["'", "quoted", "'"]],
    ["  ", []],
  ])("%j", (text, tokens) => {
    const result = tokenizeWords(text);
    expect(result.tokens).toEqual(tokens);
    expect(result.gaps).toHaveLength(tokens.length + 1);
    expect(result.gaps.every((gap) => gap.trim() === "")).toBe(true);
    expect(result.tokens.map((token, i) => result.gaps[i] + token).join("") + result.gaps.at(-1)).toBe(text);
  });
});

describe("countWords", () => {
  it.each([
    ["", 0],
    ["The cat sat.", 3],
    ["— , ! 👍", 0],
    ["وزیر اعظم نے کہا،", 4],
    ["3.5% of 1,000", 3],
  ])("%j → %i", (text, count) => {
    expect(countWords(text)).toBe(count);
  });
});
