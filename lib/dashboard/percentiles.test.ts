import { describe, expect, it } from "vitest";
import { percentileCont } from "./percentiles";

describe("percentileCont", () => {
  it("is null for no values", () => {
    expect(percentileCont([], 0.5)).toBeNull();
  });

  it("is the value itself for one value", () => {
    expect(percentileCont([7], 0.5)).toBe(7);
    expect(percentileCont([7], 0.9)).toBe(7);
  });

  it("interpolates between the closest ranks like PostgreSQL's percentile_cont", () => {
    // SELECT percentile_cont(0.5) … FROM (VALUES (1),(2),(3),(4)) → 2.5; 0.9 → 3.7
    expect(percentileCont([4, 1, 3, 2], 0.5)).toBe(2.5);
    expect(percentileCont([4, 1, 3, 2], 0.9)).toBeCloseTo(3.7, 10);
    expect(percentileCont([10, 20, 30], 0.5)).toBe(20);
    expect(percentileCont([10, 20, 30], 0.9)).toBeCloseTo(28, 10);
  });

  it("gives the extremes at 0 and 1 and does not reorder its input", () => {
    const values = [5, 1, 9];
    expect(percentileCont(values, 0)).toBe(1);
    expect(percentileCont(values, 1)).toBe(9);
    expect(values).toEqual([5, 1, 9]);
  });

  it("refuses a percentile outside 0…1", () => {
    expect(() => percentileCont([1], 90)).toThrow(RangeError);
    expect(() => percentileCont([1], Number.NaN)).toThrow(RangeError);
  });
});
