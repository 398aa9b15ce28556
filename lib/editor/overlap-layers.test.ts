import { describe, expect, it } from "vitest";
import { cycleAt, layeredStretches } from "./overlap-layers";

describe("layeredStretches", () => {
  it("finds nothing where spans do not overlap or only touch", () => {
    expect(layeredStretches([])).toEqual([]);
    expect(
      layeredStretches([
        { from: 0, to: 5 },
        { from: 5, to: 9 },
      ]),
    ).toEqual([]);
  });

  it("marks the shared part of two overlapping spans", () => {
    expect(
      layeredStretches([
        { from: 0, to: 10 },
        { from: 4, to: 20 },
      ]),
    ).toEqual([{ from: 4, to: 10, depth: 2 }]);
  });

  it("counts nested layers", () => {
    expect(
      layeredStretches([
        { from: 0, to: 30 },
        { from: 5, to: 25 },
        { from: 10, to: 15 },
      ]),
    ).toEqual([
      { from: 5, to: 10, depth: 2 },
      { from: 10, to: 15, depth: 3 },
      { from: 15, to: 25, depth: 2 },
    ]);
  });

  it("treats identical spans as two layers and merges neighbours of the same depth", () => {
    expect(
      layeredStretches([
        { from: 2, to: 8 },
        { from: 2, to: 8 },
        { from: 0, to: 5 },
        { from: 5, to: 10 },
      ]),
    ).toEqual([{ from: 2, to: 8, depth: 3 }]);
  });

  it("ignores empty and reversed spans and does not depend on input order", () => {
    const spans = [
      { from: 9, to: 9 },
      { from: 12, to: 3 },
      { from: 6, to: 12 },
      { from: 0, to: 8 },
    ];
    expect(layeredStretches(spans)).toEqual([{ from: 6, to: 8, depth: 2 }]);
    expect(layeredStretches([...spans].reverse())).toEqual([{ from: 6, to: 8, depth: 2 }]);
  });

  it("handles thousands of spans in one sweep", () => {
    const spans = Array.from({ length: 4000 }, (_, i) => ({ from: i * 3, to: i * 3 + 5 }));
    const stretches = layeredStretches(spans);
    expect(stretches).toHaveLength(3999);
    expect(stretches.every((s) => s.depth === 2 && s.to - s.from === 2)).toBe(true);
  });
});

describe("cycleAt", () => {
  it("starts with the innermost and cycles outwards, then wraps", () => {
    const ids = ["inner", "middle", "outer"];
    expect(cycleAt(ids, null)).toBe("inner");
    expect(cycleAt(ids, "elsewhere")).toBe("inner");
    expect(cycleAt(ids, "inner")).toBe("middle");
    expect(cycleAt(ids, "middle")).toBe("outer");
    expect(cycleAt(ids, "outer")).toBe("inner");
    expect(cycleAt([], "inner")).toBeNull();
  });
});
