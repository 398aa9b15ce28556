import { describe, expect, it } from "vitest";
import { SCORE_WEIGHTS, scoreCandidate, weightedScore } from "./anchor-scoring";

describe("weightedScore", () => {
  it("uses Hypothesis's weights over the known parts only", () => {
    expect(SCORE_WEIGHTS).toEqual({ quote: 50, prefix: 20, suffix: 20, position: 2 });
    expect(weightedScore(1, 1, 1, 1)).toBe(1);
    expect(weightedScore(0.5, 1, 1, 1)).toBeCloseTo((25 + 42) / 92);
    expect(weightedScore(0.8, null, null, 1)).toBeCloseTo((40 + 2) / 52);
    expect(weightedScore(1, 0, null, 1)).toBeCloseTo(52 / 72);
  });
});

describe("scoreCandidate", () => {
  const text = "The council voted on Tuesday to approve the budget.";
  const at = text.indexOf("to approve");

  it("scores an exact match with its context", () => {
    const c = scoreCandidate(text, { exact: "to approve", prefix: "on Tuesday ", suffix: " the budget" }, { start: at, end: at + 10, errors: 0 }, at);
    expect(c).toMatchObject({ quoteSimilarity: 1, prefixSimilarity: 1, suffixSimilarity: 1, context: 1, positionScore: 1, score: 1 });
  });

  it("leaves unknown context out and scores distance from the hint", () => {
    const c = scoreCandidate(text, { exact: "to approve" }, { start: at, end: at + 10, errors: 2 }, 0);
    expect(c.context).toBeNull();
    expect(c.quoteSimilarity).toBeCloseTo(0.8);
    expect(c.positionScore).toBeCloseTo(1 - at / text.length);
  });
});
