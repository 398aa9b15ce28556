import { describe, expect, it } from "vitest";
import { addDays, dayInTimeZone, daysInRange, isIsoDay, isKnownTimeZone, listDays } from "./day-range";

describe("isIsoDay", () => {
  it.each(["2026-11-30", "2024-02-29", "2000-01-01"])("accepts %s", (day) => expect(isIsoDay(day)).toBe(true));
  it.each(["2026-02-30", "2025-02-29", "2026-13-01", "2026-1-1", "30/11/2026", "2026-11-30T00:00:00Z", "", "yesterday"])("refuses %s", (day) => expect(isIsoDay(day)).toBe(false));
});

describe("addDays and daysInRange", () => {
  it("moves across months, years and leap days", () => {
    expect(addDays("2026-11-30", 1)).toBe("2026-12-01");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(addDays("2026-11-30", -29)).toBe("2026-11-01");
  });

  it("counts both ends", () => {
    expect(daysInRange("2026-11-01", "2026-11-30")).toBe(30);
    expect(daysInRange("2026-11-01", "2026-11-01")).toBe(1);
    expect(daysInRange("2026-11-02", "2026-11-01")).toBe(0);
    expect(daysInRange("2024-01-01", "2024-12-31")).toBe(366);
  });

  it("is not fooled by daylight saving changes (pure calendar days)", () => {
    expect(listDays("2026-03-28", "2026-03-30")).toEqual(["2026-03-28", "2026-03-29", "2026-03-30"]);
  });

  it("refuses what is not a day", () => {
    expect(() => addDays("2026-02-30", 1)).toThrow(RangeError);
  });
});

describe("listDays", () => {
  it("lists every day, oldest first, and nothing for a reversed range", () => {
    expect(listDays("2026-11-29", "2026-12-02")).toEqual(["2026-11-29", "2026-11-30", "2026-12-01", "2026-12-02"]);
    expect(listDays("2026-11-02", "2026-11-01")).toEqual([]);
  });
});

describe("dayInTimeZone", () => {
  const instant = new Date("2026-11-30T21:30:00Z");
  it("gives the calendar day of an instant where the desk is", () => {
    expect(dayInTimeZone(instant, "UTC")).toBe("2026-11-30");
    expect(dayInTimeZone(instant, "Asia/Karachi")).toBe("2026-12-01");
    expect(dayInTimeZone(new Date("2026-11-30T03:00:00Z"), "America/New_York")).toBe("2026-11-29");
  });
});

describe("isKnownTimeZone", () => {
  it("knows IANA names and refuses the rest", () => {
    expect(isKnownTimeZone("UTC")).toBe(true);
    expect(isKnownTimeZone("Asia/Karachi")).toBe(true);
    expect(isKnownTimeZone("Mars/Olympus_Mons")).toBe(false);
    expect(isKnownTimeZone("")).toBe(false);
  });
});
