import { describe, expect, it } from "vitest";
import { diffSequences } from "./sequence-diff";
import { mulberry32 } from "./test-support/random";

function lcsLength(a: Int32Array, b: Int32Array): number {
  let previous = new Array(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const current = [0];
    for (let j = 1; j <= b.length; j++) current[j] = a[i - 1] === b[j - 1] ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
    previous = current;
  }
  return previous[b.length];
}

describe("diffSequences", () => {
  it("diffs code points without an alphabet (plain Myers)", () => {
    const hunks = diffSequences(Int32Array.from([1, 2, 3, 4]), Int32Array.from([1, 3, 4, 5]));
    expect(hunks).toEqual([
      { aStart: 1, aEnd: 2, bStart: 1, bEnd: 1 },
      { aStart: 4, aEnd: 4, bStart: 3, bEnd: 4 },
    ]);
  });

  it("falls back to one replacement when the edit budget runs out", () => {
    const a = Int32Array.from({ length: 200 }, (_, i) => i % 2);
    const b = Int32Array.from({ length: 200 }, (_, i) => (i + 1) % 3);
    const hunks = diffSequences(a, b, { maxEditSteps: 3 });
    expect(hunks).toHaveLength(1);
  });
  it("anchors on unique elements (patience) so a moved block stays a deletion plus an insertion", () => {
    const a = Int32Array.from([1, 2, 3, 4, 5, 6, 7, 8]);
    const b = Int32Array.from([1, 2, 6, 7, 3, 4, 5, 8]);
    const hunks = diffSequences(a, b, { alphabetSize: 9 });
    const kept = 8 - hunks.reduce((n, h) => n + h.aEnd - h.aStart, 0);
    expect(kept).toBe(6);
  });

  it("anchors on unique runs where no single element is unique", () => {
    const random = mulberry32(4);
    const a = Int32Array.from({ length: 3000 }, () => Math.floor(random() * 4));
    const edited = Array.from(a);
    edited.splice(1500, 3, 9, 9, 9);
    const b = Int32Array.from(edited);
    const hunks = diffSequences(a, b, { alphabetSize: 10, maxEditSteps: 50 });
    const changed = hunks.reduce((n, h) => n + h.aEnd - h.aStart, 0);
    expect(changed).toBeLessThan(20);
  });

  it("returns nothing for equal sequences and one hunk for disjoint ones", () => {
    expect(diffSequences(Int32Array.from([1, 2]), Int32Array.from([1, 2]))).toEqual([]);
    expect(diffSequences(Int32Array.from([1, 2]), Int32Array.from([3]))).toEqual([{ aStart: 0, aEnd: 2, bStart: 0, bEnd: 1 }]);
    expect(diffSequences(new Int32Array(0), Int32Array.from([3]))).toEqual([{ aStart: 0, aEnd: 0, bStart: 0, bEnd: 1 }]);
  });

  it("finds a minimal edit script (Myers) on random small sequences", () => {
    const random = mulberry32(8);
    for (let trial = 0; trial < 200; trial++) {
      const a = Int32Array.from({ length: Math.floor(random() * 30) }, () => Math.floor(random() * 3));
      const b = Int32Array.from({ length: Math.floor(random() * 30) }, () => Math.floor(random() * 3));
      const hunks = diffSequences(a, b);
      const removed = hunks.reduce((n, h) => n + h.aEnd - h.aStart, 0);
      const added = hunks.reduce((n, h) => n + h.bEnd - h.bStart, 0);
      expect(a.length - removed).toBe(lcsLength(a, b));
      expect(b.length - added).toBe(lcsLength(a, b));
    }
  });
});
