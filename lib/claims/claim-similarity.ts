import { normaliseClaim, type NormalisedClaim } from "./normalise-claim";

/**
 * How alike two claims are in meaning-bearing terms, from 0 to 1, after normalisation: shared
 * content words (a word matches a near-identical one: "tonne"/"tonnes", spelling variants),
 * trigram similarity of the words regardless of order, and agreement of the figures — a claim
 * with other numbers is another claim, however alike the words. Pure; calibrated on
 * lib/claims/fixtures/claim-pairs.ts (see claim-similarity.test.ts for recall@3 and false strong matches).
 */

/** At or above this a match is shown as strong ("probably the same claim"). */
export const STRONG_MATCH = 0.6;
/** At or above this a match is shown as possible; below it, not offered at all. */
export const POSSIBLE_MATCH = 0.38;

export type MatchStrength = "strong" | "possible";

/** The strength of a score, or null when it is too weak to offer. */
export function matchStrength(score: number): MatchStrength | null {
  if (score >= STRONG_MATCH) return "strong";
  if (score >= POSSIBLE_MATCH) return "possible";
  return null;
}

/** pg_trgm-style trigrams of each word (padded with two spaces before, one after). */
export function trigrams(words: readonly string[]): Set<string> {
  const grams = new Set<string>();
  for (const word of words) {
    const padded = [..."  ", ...word, " "];
    for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3).join(""));
  }
  return grams;
}

/** Trigram similarity of two word lists (shared trigrams over all trigrams), as pg_trgm computes it. */
export function trigramSimilarity(a: readonly string[], b: readonly string[]): number {
  const ga = trigrams(a);
  const gb = trigrams(b);
  if (ga.size === 0 || gb.size === 0) return 0;
  let shared = 0;
  for (const gram of ga) if (gb.has(gram)) shared++;
  return shared / (ga.size + gb.size - shared);
}

/** Words nearly every claim has (direction of change, periods, the state): they say little about which claim it is. */
const LIGHT_WORDS = new Set(["rise", "fall", "year", "month", "week", "day", "time", "government", "country", "new", "record", "number", "total", "more", "less", "people"]);
/** Opposite directions: a claim that something rose is not one that it fell. */
const OPPOSITES: readonly (readonly [string, string])[] = [
  ["rise", "fall"],
  ["double", "half"],
];

const weight = (word: string) => (LIGHT_WORDS.has(word) ? 0.3 : 1);

/**
 * Weighted Dice overlap of two word lists (a word matches an identical or near-identical one,
 * trigram ≥ 0.5), and how many weighty words each side has that the other lacks: a word swapped
 * for another ("inflation" for "unemployment") is a different subject, an added one is not.
 */
function wordOverlap(a: readonly string[], b: readonly string[]): { dice: number; swapped: number } {
  const left = [...new Set(a)];
  const unused = [...new Set(b)];
  if (left.length === 0 || unused.length === 0) return { dice: 0, swapped: 0 };
  const total = left.reduce((sum, word) => sum + weight(word), 0) + unused.reduce((sum, word) => sum + weight(word), 0);
  let matched = 0;
  let unmatchedLeft = 0;
  for (const word of left) {
    let best = -1;
    let bestScore = 0;
    unused.forEach((other, i) => {
      const score = other === word ? 1 : trigramSimilarity([word], [other]);
      if (score > bestScore) [best, bestScore] = [i, score];
    });
    if (best >= 0 && bestScore >= 0.5) {
      matched += bestScore * (weight(word) + weight(unused[best]));
      unused.splice(best, 1);
    } else if (weight(word) === 1) unmatchedLeft++;
  }
  const unmatchedRight = unused.filter((word) => weight(word) === 1).length;
  return { dice: matched / total, swapped: Math.min(unmatchedLeft, unmatchedRight) };
}

/** Whether one claim says the opposite direction of the other (rose / fell). */
function opposed(a: readonly string[], b: readonly string[]): boolean {
  return OPPOSITES.some(([x, y]) => (a.includes(x) && !a.includes(y) && b.includes(y) && !b.includes(x)) || (a.includes(y) && !a.includes(x) && b.includes(x) && !b.includes(y)));
}

/** Agreement of figures: 1 all alike … 0 none; a value alike with a unit on one side only counts half. */
function figureAgreement(a: readonly string[], b: readonly string[]): number {
  const setA = new Set(a);
  const setB = new Set(b);
  let shared = 0;
  for (const figure of setA) {
    if (setB.has(figure)) shared++;
    else {
      const value = figure.split(" ")[0];
      if ([...setB].some((other) => other.split(" ")[0] === value)) shared += 0.5;
    }
  }
  return shared / Math.max(setA.size, setB.size);
}

/** The similarity of two claims (texts or normalised), 0 … 1 (see the module's description). */
export function claimSimilarity(left: string | NormalisedClaim, right: string | NormalisedClaim): number {
  const a = typeof left === "string" ? normaliseClaim(left) : left;
  const b = typeof right === "string" ? normaliseClaim(right) : right;
  const { dice, swapped } = wordOverlap(a.words, b.words);
  const letters = trigramSimilarity([...a.words].sort(), [...b.words].sort());
  // Each word swapped for another subject costs a third of the score.
  const words = dice * Math.max(0, 1 - 0.35 * swapped);
  let score: number;
  if (a.figures.length === 0 && b.figures.length === 0) score = 0.8 * words + 0.2 * letters;
  else if (a.figures.length === 0 || b.figures.length === 0) score = 0.8 * (0.8 * words + 0.2 * letters);
  else {
    const figures = figureAgreement(a.figures, b.figures);
    score = 0.65 * words + 0.15 * letters + 0.2 * figures;
    // Other numbers make it another claim: never more than a possible match.
    if (figures < 0.5) score = Math.min(score, STRONG_MATCH - 0.01) * (0.6 + 0.4 * figures);
  }
  return opposed(a.words, b.words) ? Math.min(score, STRONG_MATCH - 0.01) * 0.8 : score;
}
