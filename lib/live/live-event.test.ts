import { describe, expect, it } from "vitest";
import { inScope, parsePosition, planResume } from "./live-event";

describe("inScope", () => {
  it("puts every event on the desk stream", () => {
    expect(inScope({ articleId: null }, { kind: "desk" })).toBe(true);
    expect(inScope({ articleId: "a" }, { kind: "desk" })).toBe(true);
  });

  it("puts only the article's own events on an article stream", () => {
    expect(inScope({ articleId: "a" }, { kind: "article", articleId: "a" })).toBe(true);
    expect(inScope({ articleId: "b" }, { kind: "article", articleId: "a" })).toBe(false);
    expect(inScope({ articleId: null }, { kind: "article", articleId: "a" })).toBe(false);
  });
});

describe("parsePosition", () => {
  it("reads a decimal position", () => {
    expect(parsePosition("42")).toBe(42n);
    expect(parsePosition(" 7 ")).toBe(7n);
    expect(parsePosition("9223372036854775807")).toBe(9_223_372_036_854_775_807n);
  });

  it("refuses anything else", () => {
    for (const value of [null, undefined, "", "-1", "1.5", "abc", "0x10", "9223372036854775808", "99999999999999999999"]) {
      expect(parsePosition(value)).toBeNull();
    }
  });
});

describe("planResume", () => {
  it("starts live at the head when the reader has no position or is up to date", () => {
    expect(planResume(null, 10n, null, 100)).toEqual({ kind: "live", from: 10n });
    expect(planResume(10n, 10n, 0, 100)).toEqual({ kind: "live", from: 10n });
  });

  it("replays from the reader's position", () => {
    expect(planResume(4n, 10n, 6, 100)).toEqual({ kind: "replay", from: 4n });
    expect(planResume(4n, 10n, null, 100)).toEqual({ kind: "replay", from: 4n });
  });

  it("resets a reader too far behind", () => {
    expect(planResume(4n, 10n, 101, 100)).toEqual({ kind: "reset", from: 10n, reason: "too_far_behind" });
  });

  it("resets a reader ahead of the stream", () => {
    expect(planResume(11n, 10n, null, 100)).toEqual({ kind: "reset", from: 10n, reason: "ahead" });
  });
});
