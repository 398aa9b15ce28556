import { describe, expect, it } from "vitest";
import { contextSimilarity, contextSimilarityAtLeast, editDistance, similarity } from "./edit-distance";
import { mulberry32 } from "./test-support/random";

describe("editDistance", () => {
  it.each([
    ["", "", 0],
    ["abc", "", 3],
    ["kitten", "sitting", 3],
    ["commodo cites", "commodo vitae", 3],
    ["😀", "😃", 1],
    ["flaw", "lawn", 2],
  ])("distance(%j, %j) = %i", (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });

  it("similarity is 1 − distance / longer length", () => {
    expect(similarity("abcd", "abcf")).toBe(0.75);
    expect(similarity("", "")).toBe(1);
  });
});

describe("contextSimilarity", () => {
  const text = "The council voted on Tuesday to approve the budget for next year.";
  const at = text.indexOf("to approve");

  it("is 1 for the exact context either side", () => {
    expect(contextSimilarity("voted on Tuesday ", text, at, "before")).toBe(1);
    expect(contextSimilarity("to approve", text, at, "after")).toBe(1);
  });

  it("costs one error per inserted or deleted character next to the boundary, not a shift", () => {
    expect(contextSimilarity("voted on Tuesday  ", text, at, "before")).toBeCloseTo(1 - 1 / 18);
    expect(contextSimilarity("voted on a Tuesday ", text, at, "before")).toBeCloseTo(1 - 2 / 19);
  });

  it("is low for unrelated context and 1 for an empty expectation", () => {
    expect(contextSimilarity("zzzz qqqq xxxx", text, at, "before")).toBeLessThan(0.3);
    expect(contextSimilarity("", text, at, "before")).toBe(1);
  });

  it("is 0 when the text has nothing on that side", () => {
    expect(contextSimilarity("abc", text, 0, "before")).toBe(0);
    expect(contextSimilarity("abc", text, text.length, "after")).toBe(0);
  });
});

describe("contextSimilarityAtLeast", () => {
  it("agrees with contextSimilarity ≥ threshold on random inputs (banded, early exit)", () => {
    const random = mulberry32(3);
    const make = (n: number) => Array.from({ length: n }, () => "ab c"[Math.floor(random() * 4)]).join("");
    for (let trial = 0; trial < 5000; trial++) {
      const text = make(5 + Math.floor(random() * 80));
      const expected = make(1 + Math.floor(random() * 40));
      const boundary = Math.floor(random() * (text.length + 1));
      const side = random() < 0.5 ? "before" : "after";
      const threshold = [0.5, 0.7, 0.85, 0.9][Math.floor(random() * 4)];
      expect(contextSimilarityAtLeast(expected, text, boundary, side, threshold)).toBe(contextSimilarity(expected, text, boundary, side) >= threshold - 1e-12);
    }
  });

  it("takes the exact fast path and handles empty expectations and text edges", () => {
    expect(contextSimilarityAtLeast("the end", "it was the end", 14, "before", 0.99)).toBe(true);
    expect(contextSimilarityAtLeast("", "x", 0, "after", 0.9)).toBe(true);
    expect(contextSimilarityAtLeast("long expected text", "ab", 0, "before", 0.5)).toBe(false);
  });
});
