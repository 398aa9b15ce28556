import { describe, expect, it } from "vitest";
import { dueState, dueWindow } from "./due-dates";

const now = new Date("2026-11-30T12:00:00.000Z");

describe("dueState", () => {
  it("is none without a due date", () => expect(dueState(null, now)).toBe("none"));
  it("is overdue once the time has passed", () => expect(dueState("2026-11-30T11:59:59.000Z", now)).toBe("overdue"));
  it("is this week up to seven days ahead", () => {
    expect(dueState("2026-11-30T12:00:00.000Z", now)).toBe("this_week");
    expect(dueState(new Date("2026-12-07T11:59:59.000Z"), now)).toBe("this_week");
  });
  it("is later beyond seven days", () => expect(dueState("2026-12-07T12:00:00.000Z", now)).toBe("later"));
});

describe("dueWindow", () => {
  it("selects the past for overdue", () => expect(dueWindow("overdue", now)).toEqual({ lt: now }));
  it("selects the coming seven days for this week", () => expect(dueWindow("this_week", now)).toEqual({ gte: now, lt: new Date("2026-12-07T12:00:00.000Z") }));
  it("selects nothing in particular for any", () => expect(dueWindow("any", now)).toBeNull());
});
