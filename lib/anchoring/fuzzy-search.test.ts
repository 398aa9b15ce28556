import { describe, expect, it } from "vitest";
import { editDistance } from "./edit-distance";
import { fuzzySearch } from "./fuzzy-search";
import { mulberry32 } from "./test-support/random";

/** Reference: D[j] = least edits between the pattern and a substring of `text` ending at j. */
function bestEndingAt(text: string, pattern: string): number[] {
  let previous = new Array(text.length + 1).fill(0);
  for (let i = 1; i <= pattern.length; i++) {
    const current = [i];
    for (let j = 1; j <= text.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (pattern[i - 1] === text[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous;
}

function randomString(random: () => number, alphabet: string, length: number): string {
  let s = "";
  for (let i = 0; i < length; i++) s += alphabet[Math.floor(random() * alphabet.length)];
  return s;
}

describe("fuzzySearch", () => {
  it("finds an exact occurrence with 0 errors", () => {
    expect(fuzzySearch("one two three", "two", 1)[0]).toEqual({ start: 4, end: 7, errors: 0 });
  });

  it("finds 'commodo vitae' for 'commodo cites', the full-length match", () => {
    const text = "Vestibulum erat wisi, condimentum sed, commodo vitae, ornare sit amet, wisi.";
    const [best] = fuzzySearch(text, "commodo cites", 6);
    expect(text.slice(best.start, best.end)).toBe("commodo vitae");
    expect(best.errors).toBe(3);
  });

  it("returns nothing beyond maxErrors", () => {
    expect(fuzzySearch("abcdefgh", "xyz", 1)).toEqual([]);
    expect(fuzzySearch("", "x", 1)).toEqual([]);
    expect(fuzzySearch("abc", "", 1)).toEqual([]);
  });

  it("returns several non-overlapping matches, best first", () => {
    const matches = fuzzySearch("the cat sat; the bat sat; the cat sat", "the cat sat", 2);
    expect(matches.map((m) => m.errors)).toEqual([0, 0, 1]);
    expect(matches[2].start).toBe(13);
  });

  it("searches only the given ranges", () => {
    const text = "needle here and needle there";
    const matches = fuzzySearch(text, "needle", 0, { ranges: [[10, text.length]] });
    expect(matches).toEqual([{ start: 16, end: 22, errors: 0 }]);
  });

  it("never cuts a surrogate pair", () => {
    const text = "xx 😀😀 yy";
    for (const m of fuzzySearch(text, "😀 y", 2)) {
      expect(text.slice(m.start, m.end)).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
    }
  });

  it("agrees with a dynamic-programming reference, for patterns of 1 to 100 units (multi-block)", () => {
    const random = mulberry32(11);
    for (let trial = 0; trial < 250; trial++) {
      const text = randomString(random, "abcd ", 20 + Math.floor(random() * 200));
      const pattern = randomString(random, "abcd ", 1 + Math.floor(random() * 100));
      const reference = bestEndingAt(text, pattern);
      const least = Math.min(...reference.slice(1));
      const matches = fuzzySearch(text, pattern, pattern.length);
      expect(matches[0].errors).toBe(least);
      for (const m of matches) {
        expect(reference[m.end]).toBe(m.errors);
        expect(editDistance(pattern, text.slice(m.start, m.end))).toBe(m.errors);
      }
    }
  });

  it("searches 130,000 characters for a 200-character quote in well under a second", () => {
    const random = mulberry32(5);
    const words = ["budget", "council", "the", "said", "of", "report", "police", "a", "year"];
    let text = "";
    while (text.length < 130_000) text += words[Math.floor(random() * words.length)] + " ";
    const pattern = text.slice(60_000, 60_200).replace(/e/g, "E");
    const started = performance.now();
    const matches = fuzzySearch(text, pattern, 100);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(matches[0].start).toBeGreaterThanOrEqual(59_995);
    expect(matches[0].start).toBeLessThanOrEqual(60_005);
  });
});
