import { describe, expect, it } from "vitest";
import { claimSimilarity, matchStrength, POSSIBLE_MATCH, STRONG_MATCH, trigramSimilarity } from "./claim-similarity";
import { CLAIM_PAIRS, DISTRACTORS } from "./fixtures/claim-pairs";
import { normaliseClaim } from "./normalise-claim";

/** Ranks a pool of decided claims for a query, best first (what the panel shows). */
function rank(query: string, pool: readonly string[]) {
  const normalised = normaliseClaim(query);
  return pool.map((text) => ({ text, score: claimSimilarity(normalised, normaliseClaim(text)) })).sort((x, y) => y.score - x.score);
}

const POOL = [...CLAIM_PAIRS.map((pair) => pair.decided), ...DISTRACTORS];

describe("claimSimilarity", () => {
  it("scores identical claims 1 and unrelated ones near 0", () => {
    expect(claimSimilarity("Inflation rose 10%", "Inflation rose 10%")).toBeCloseTo(1);
    expect(claimSimilarity("Inflation rose 10%", "The court adjourned the hearing")).toBeLessThan(POSSIBLE_MATCH);
  });

  it("keeps claims with other figures below a strong match", () => {
    expect(matchStrength(claimSimilarity("Inflation rose by ten percent", "Inflation rose by twenty percent"))).not.toBe("strong");
  });

  it("survives figures written differently and word order", () => {
    expect(matchStrength(claimSimilarity("Wheat production reached 2 million tonnes", "two million tons of wheat were produced"))).toBe("strong");
  });

  it("computes pg_trgm-style trigram similarity", () => {
    expect(trigramSimilarity(["word"], ["word"])).toBe(1);
    expect(trigramSimilarity(["word"], ["zzz"])).toBe(0);
  });
});

describe("the labelled set (≥ 40 reworded pairs, Urdu included, and distractors)", () => {
  const results = CLAIM_PAIRS.map((pair) => {
    const ranked = rank(pair.reworded, POOL);
    const place = ranked.findIndex((entry) => entry.text === pair.decided);
    const falseStrong = ranked.filter((entry) => entry.text !== pair.decided && entry.score >= STRONG_MATCH).length;
    return { pair, place, falseStrong, top: ranked[0] };
  });
  const recallAt3 = results.filter((r) => r.place >= 0 && r.place < 3).length / results.length;
  const targetStrong = results.filter((r) => claimSimilarity(r.pair.reworded, r.pair.decided) >= STRONG_MATCH).length;
  const distractorStrong = DISTRACTORS.reduce(
    (sum, text) =>
      sum +
      rank(
        text,
        CLAIM_PAIRS.map((pair) => pair.decided),
      ).filter((entry) => entry.score >= STRONG_MATCH).length,
    0,
  );
  const falseStrong = results.reduce((sum, r) => sum + r.falseStrong, 0) + distractorStrong;

  it("has enough pairs", () => {
    expect(CLAIM_PAIRS.length).toBeGreaterThanOrEqual(40);
    expect(DISTRACTORS.length).toBeGreaterThanOrEqual(20);
  });

  it("finds the decided claim in the top 3 for at least 95% of rewordings", () => {
    console.info(
      `claim matching: recall@3 ${(recallAt3 * 100).toFixed(1)}% (${results.filter((r) => r.place >= 0 && r.place < 3).length}/${results.length}), ` +
        `rewordings scored strong ${targetStrong}/${results.length}, false strong matches ${falseStrong}`,
    );
    for (const r of results) if (r.place < 0 || r.place >= 3) console.info("missed:", r.pair.reworded, "→ top:", r.top.text, r.top.score.toFixed(2));
    expect(recallAt3).toBeGreaterThanOrEqual(0.95);
  });

  it("offers no unrelated claim as a strong match", () => {
    for (const r of results) if (r.falseStrong) console.info("false strong for:", r.pair.reworded);
    expect(falseStrong).toBe(0);
  });

  it("scores most rewordings as strong matches", () => {
    for (const r of results) {
      const score = claimSimilarity(r.pair.reworded, r.pair.decided);
      if (score < STRONG_MATCH) console.info("not strong:", score.toFixed(2), r.pair.reworded, "|", r.pair.decided);
    }
    expect(targetStrong / results.length).toBeGreaterThanOrEqual(0.8);
  });
});
