import { describe, expect, it } from "vitest";
import { createDiffMapping } from "./diff-mapping";

describe("createDiffMapping", () => {
  // old: "abc XYZ def" → new: "abc 12 def!" (XYZ replaced by 12, "!" inserted at the end)
  const mapping = createDiffMapping([
    { oldStart: 4, oldEnd: 7, newStart: 4, newEnd: 6 },
    { oldStart: 11, oldEnd: 11, newStart: 10, newEnd: 11 },
  ]);

  it("shifts positions outside hunks", () => {
    expect(mapping.map(0, 1)).toEqual({ pos: 0, deleted: false });
    expect(mapping.map(9, 1)).toEqual({ pos: 8, deleted: false });
  });

  it("keeps the edges of a replaced range on their side whatever assoc says", () => {
    expect(mapping.map(4, 1).pos).toBe(4);
    expect(mapping.map(7, -1).pos).toBe(6);
  });

  it("sends a position inside a replaced range to the side assoc names, flagged deleted", () => {
    expect(mapping.map(5, -1)).toEqual({ pos: 4, deleted: true });
    expect(mapping.map(5, 1)).toEqual({ pos: 6, deleted: true });
  });

  it("puts a position at an insertion point before (assoc < 0) or after (assoc ≥ 0) the insertion", () => {
    expect(mapping.map(11, -1).pos).toBe(10);
    expect(mapping.map(11, 1).pos).toBe(11);
  });

  it("measures what a span lost and gained, and its cost (the larger side of each hunk)", () => {
    expect(mapping.spanChange(0, 11, 0, 10)).toEqual({ removed: 3, added: 2, cost: 3 });
    expect(mapping.spanChange(0, 3, 0, 3)).toEqual({ removed: 0, added: 0, cost: 0 });
    expect(mapping.spanChange(5, 11, 6, 10)).toEqual({ removed: 2, added: 0, cost: 2 });
  });

  it("keeps a span starting after an insertion that touches a replacement out of the insertion", () => {
    // old "However, x" → new "F. limited, x": "F. " inserted, then "However" replaced by "limited".
    const touching = createDiffMapping([
      { oldStart: 0, oldEnd: 0, newStart: 0, newEnd: 3 },
      { oldStart: 0, oldEnd: 7, newStart: 3, newEnd: 10 },
    ]);
    expect(touching.map(0, 1).pos).toBe(3);
    expect(touching.map(0, -1).pos).toBe(0);
    // Replacement then insertion at its end: a span starting there starts after the insertion.
    const after = createDiffMapping([
      { oldStart: 0, oldEnd: 7, newStart: 0, newEnd: 7 },
      { oldStart: 7, oldEnd: 7, newStart: 7, newEnd: 10 },
    ]);
    expect(after.map(7, 1).pos).toBe(10);
    expect(after.map(7, -1).pos).toBe(7);
  });

  it("lists the inserted ranges of the new text", () => {
    expect(mapping.insertedRanges()).toEqual([
      [4, 6],
      [10, 11],
    ]);
  });
});
