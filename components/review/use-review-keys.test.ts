import { describe, expect, it } from "vitest";
import { stepThrough } from "./use-review-keys";

describe("stepThrough", () => {
  const ids = ["a", "b", "c"];
  it("starts at the first with J and the last with K", () => {
    expect(stepThrough(ids, null, 1)).toBe("a");
    expect(stepThrough(ids, null, -1)).toBe("c");
    expect(stepThrough(ids, "gone", 1)).toBe("a");
  });
  it("moves one at a time and stays at the ends", () => {
    expect(stepThrough(ids, "a", 1)).toBe("b");
    expect(stepThrough(ids, "b", -1)).toBe("a");
    expect(stepThrough(ids, "c", 1)).toBe("c");
    expect(stepThrough(ids, "a", -1)).toBe("a");
  });
  it("has nothing to move to in an empty list", () => {
    expect(stepThrough([], null, 1)).toBeNull();
  });
});
