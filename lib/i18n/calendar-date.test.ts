import { describe, expect, it } from "vitest";
import { formatCalendarDate } from "./calendar-date";

describe("formatCalendarDate", () => {
  it("writes English dates day, short month, year", () => expect(formatCalendarDate("2024-06-22", "en")).toBe("22 Jun 2024"));
  it("writes Urdu dates with the Urdu month name", () => expect(formatCalendarDate("2024-06-22", "ur")).toContain("جون"));
  it("never shifts the day, whatever the time zone", () => expect(formatCalendarDate("2024-01-01", "ur")).toMatch(/^1 /));
  it("returns what it cannot read unchanged", () => expect(formatCalendarDate("soon", "en")).toBe("soon"));
});
