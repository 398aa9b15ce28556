import { describe, expect, it } from "vitest";
import { formatCalendarDate, formatDateTime, NEUTRAL_DISPLAY, runtimeDisplay } from "./format-date-time";

const MOMENT = "2026-12-01T09:05:00.000Z";

describe("formatDateTime", () => {
  it("shows the moment in the reader's zone, with the zone named", () => {
    expect(formatDateTime(MOMENT, { locale: "en-GB", timeZone: "Asia/Karachi" })).toBe("1 Dec 2026, 14:05 GMT+5");
    expect(formatDateTime(MOMENT, { locale: "en-US", timeZone: "America/New_York" })).toBe("Dec 1, 2026, 4:05 AM EST");
  });

  it("names UTC in the neutral display used before the reader's is known", () => {
    expect(formatDateTime(MOMENT, NEUTRAL_DISPLAY)).toBe("1 Dec 2026, 09:05 UTC");
  });

  it("formats in Urdu (Pakistan)", () => {
    const text = formatDateTime(MOMENT, { locale: "ur-PK", timeZone: "Asia/Karachi" });
    expect(text).toContain("2026");
    expect(text).toMatch(/دسمبر/);
    expect(text).not.toContain("Dec");
  });

  it("can leave the zone out", () => {
    expect(formatDateTime(MOMENT, { locale: "en-GB", timeZone: "UTC" }, { withZone: false })).toMatch(/^1 Dec 2026, 0?9:05$/);
  });

  it("accepts Date objects", () => {
    expect(formatDateTime(new Date(MOMENT), NEUTRAL_DISPLAY)).toBe("1 Dec 2026, 09:05 UTC");
  });

  it("gives an empty string for an invalid value", () => {
    expect(formatDateTime("not a date", NEUTRAL_DISPLAY)).toBe("");
  });

  it("falls back to the default locale and zone for unknown ones, without throwing", () => {
    expect(() => formatDateTime(MOMENT, { locale: "not_a_locale!!", timeZone: "Mars/Olympus" })).not.toThrow();
    expect(formatDateTime(MOMENT, { locale: "not_a_locale!!", timeZone: "Mars/Olympus" })).toContain("2026");
  });
});

describe("formatCalendarDate", () => {
  it("shows a day as the same day in every time zone", () => {
    expect(formatCalendarDate("2024-06-22", { locale: "en-GB", timeZone: "America/Los_Angeles" })).toBe("22 Jun 2024");
    expect(formatCalendarDate("2026-12-03T00:00:00.000Z", { locale: "en-GB", timeZone: "Pacific/Honolulu" })).toBe("3 Dec 2026");
  });

  it("uses the long month when asked", () => {
    expect(formatCalendarDate("2026-12-03", { locale: "en-GB" }, { month: "long" })).toBe("3 December 2026");
  });

  it("formats in Urdu (Pakistan)", () => {
    expect(formatCalendarDate("2024-06-22", { locale: "ur-PK" })).toMatch(/جون/);
  });

  it("gives an empty string for an invalid value", () => {
    expect(formatCalendarDate("2024-13-45")).toBe("");
  });
});

describe("runtimeDisplay", () => {
  it("takes the first language the browser gives, and the runtime's zone", () => {
    expect(runtimeDisplay(["ur-PK", "en"]).locale).toBe("ur-PK");
    expect(runtimeDisplay([]).timeZone).toBeTruthy();
  });
});
