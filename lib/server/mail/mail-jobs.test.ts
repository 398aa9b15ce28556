import { describe, expect, it } from "vitest";
import { digestDay } from "./mail-jobs";

describe("digestDay", () => {
  it("is the calendar day in the digest's time zone", () => {
    const instant = new Date("2026-11-30T21:30:00Z");
    expect(digestDay(instant, "UTC")).toBe("2026-11-30");
    expect(digestDay(instant, "Asia/Karachi")).toBe("2026-12-01");
    expect(digestDay(instant, "America/New_York")).toBe("2026-11-30");
  });
});
