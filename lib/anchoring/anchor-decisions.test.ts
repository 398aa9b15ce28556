import { describe, expect, it } from "vitest";
import { ACCEPTANCE, decideExact, decideFuzzy } from "./anchor-decisions";
import type { ScoredCandidate } from "./anchor-scoring";

function candidate(start: number, context: number | null, score = 0.9, errors = 0, quoteSimilarity = 1): ScoredCandidate {
  return { start, end: start + 10, errors, quoteSimilarity, prefixSimilarity: context, suffixSimilarity: context, context, positionScore: 1, score };
}
const rules = { requireContext: false, distinctive: false };

describe("decideExact", () => {
  it("keeps the occurrence at the stored position unless another has much better context", () => {
    const atPosition = candidate(0, 0.4);
    expect(decideExact([atPosition, candidate(50, 0.6)], atPosition, 0, rules)).toMatchObject({ accept: true, candidate: atPosition });
    const better = candidate(50, 0.9);
    expect(decideExact([atPosition, better], atPosition, 0, rules)).toMatchObject({ accept: true, candidate: better });
  });

  it("accepts a unique occurrence with agreeing context, or a distinctive one without", () => {
    expect(decideExact([candidate(5, 0.8)], null, 0, rules).accept).toBe(true);
    expect(decideExact([candidate(5, 0.2)], null, 0, rules)).toMatchObject({ accept: false, reason: "weak-context" });
    expect(decideExact([candidate(5, 0.2)], null, 0, { requireContext: false, distinctive: true }).accept).toBe(true);
    expect(decideExact([candidate(5, 0.2)], null, 0, { requireContext: true, distinctive: true }).accept).toBe(false);
  });

  it("demands a clear context margin between repeated occurrences", () => {
    const a = candidate(0, 0.9);
    expect(decideExact([a, candidate(100, 0.7)], null, undefined, rules)).toMatchObject({ accept: true, candidate: a });
    expect(decideExact([a, candidate(100, 0.85)], null, undefined, rules)).toMatchObject({ accept: false, reason: "ambiguous" });
  });

  it("breaks a context tie by position only when one occurrence is clearly nearer", () => {
    const near = candidate(100, 0.9);
    const far = candidate(1000, 0.9);
    expect(decideExact([near, far], null, 110, rules)).toMatchObject({ accept: true, candidate: near });
    expect(decideExact([near, far], null, 500, rules).accept).toBe(false);
  });

  it("refuses repeated occurrences that all have weak context", () => {
    expect(decideExact([candidate(0, 0.3), candidate(50, 0.1)], null, 0, rules)).toMatchObject({ accept: false, reason: "weak-context" });
  });

  it("without any context, takes a unique occurrence and breaks ties by position", () => {
    expect(decideExact([candidate(3, null)], null, undefined, rules).accept).toBe(true);
    expect(decideExact([candidate(3, null), candidate(90, null)], null, undefined, rules).accept).toBe(false);
    expect(decideExact([candidate(3, null), candidate(90, null)], null, 5, rules).accept).toBe(true);
    expect(decideExact([candidate(3, null)], null, undefined, { requireContext: true, distinctive: true }).accept).toBe(false);
  });
});

describe("decideFuzzy", () => {
  it("accepts the best match above the threshold that beats the runner-up", () => {
    const best = candidate(0, 1, 0.9, 2, 0.8);
    expect(decideFuzzy([best, candidate(100, 0.3, 0.6, 3, 0.7)], ACCEPTANCE.fuzzyThreshold)).toMatchObject({ accept: true, candidate: best });
  });

  it("refuses a best match under the threshold, or under half the quote", () => {
    expect(decideFuzzy([candidate(0, 0.5, 0.65, 3, 0.7)], 0.7)).toMatchObject({ accept: false, reason: "low-confidence" });
    expect(decideFuzzy([candidate(0, 1, 0.9, 6, 0.4)], 0.7)).toMatchObject({ accept: false, reason: "low-confidence" });
  });

  it("refuses when a non-overlapping runner-up is too close, but ignores overlapping ones", () => {
    expect(decideFuzzy([candidate(0, 1, 0.9), candidate(100, 1, 0.88)], 0.7)).toMatchObject({ accept: false, reason: "ambiguous" });
    expect(decideFuzzy([candidate(0, 1, 0.9), candidate(3, 1, 0.89)], 0.7).accept).toBe(true);
  });

  it("reports not-found without candidates", () => {
    expect(decideFuzzy([], 0.7)).toMatchObject({ accept: false, reason: "not-found" });
  });
});
