import { describe, expect, it } from "vitest";
import { formatDuration, longDayLabel, secondsToHours, shortDayLabel } from "./format-figures";

describe("day labels", () => {
  it("writes days short for axes and long for tables", () => {
    expect(shortDayLabel("2026-11-03")).toBe("3 Nov");
    expect(shortDayLabel("2026-01-31")).toBe("31 Jan");
    expect(longDayLabel("2026-12-01")).toBe("1 Dec 2026");
  });
});

describe("secondsToHours", () => {
  it("gives hours with one decimal, null for none", () => {
    expect(secondsToHours(9000)).toBe(2.5);
    expect(secondsToHours(244_080)).toBe(67.8);
    expect(secondsToHours(0)).toBe(0);
    expect(secondsToHours(null)).toBeNull();
  });
});

describe("formatDuration", () => {
  it.each([
    [null, "–"],
    [0, "0 min"],
    [45 * 60, "45 min"],
    [3600, "1 h"],
    [9000, "2.5 h"],
    [47 * 3600, "47 h"],
    [48 * 3600, "2 days"],
    [276_480, "3.2 days"],
  ])("writes %s seconds as %s", (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
});
