import { describe, expect, it } from "vitest";
import { assembleDashboard, type DashboardAggregates } from "./assemble-dashboard";

const DAY = 86_400;
const base: DashboardAggregates = {
  range: { from: "2026-11-01", to: "2026-11-03", timeZone: "UTC", days: 3 },
  asOf: new Date("2026-11-03T12:00:00Z"),
  activity: [],
  dailyTiming: [],
  timing: { decisions: 0, medianSeconds: null, p90Seconds: null },
  open: [],
  verdicts: [],
  people: [],
};

describe("assembleDashboard", () => {
  it("lists every day, every age bucket and every verdict even with no activity", () => {
    const dashboard = assembleDashboard(base);
    expect(dashboard.daily.map((day) => day.day)).toEqual(["2026-11-01", "2026-11-02", "2026-11-03"]);
    expect(dashboard.daily[1]).toEqual({
      day: "2026-11-02",
      created: 0,
      submitted: 0,
      decided: 0,
      approved: 0,
      rejected: 0,
      changesRequested: 0,
      medianSecondsToDecision: null,
      p90SecondsToDecision: null,
    });
    expect(dashboard.openByAge.map((bucket) => bucket.total)).toEqual([0, 0, 0, 0, 0]);
    expect(dashboard.verdicts).toHaveLength(7);
    expect(dashboard.verdicts.every((verdict) => verdict.count === 0)).toBe(true);
    expect(dashboard.people).toEqual([]);
    expect(dashboard.asOf).toBe("2026-11-03T12:00:00.000Z");
  });

  it("puts each count on its day, sums decisions and totals", () => {
    const dashboard = assembleDashboard({
      ...base,
      activity: [
        { day: "2026-11-01", kind: "created", count: 3 },
        { day: "2026-11-01", kind: "submitted", count: 2 },
        { day: "2026-11-02", kind: "approved", count: 1 },
        { day: "2026-11-02", kind: "rejected", count: 1 },
        { day: "2026-11-03", kind: "changes_requested", count: 2 },
        { day: "2026-10-31", kind: "created", count: 99 },
      ],
      dailyTiming: [{ day: "2026-11-02", medianSeconds: 3600, p90Seconds: 7200 }],
    });
    expect(dashboard.daily.map((day) => [day.created, day.submitted, day.decided, day.approved, day.rejected, day.changesRequested])).toEqual([
      [3, 2, 0, 0, 0, 0],
      [0, 0, 2, 1, 1, 0],
      [0, 0, 2, 0, 0, 2],
    ]);
    expect(dashboard.daily[1].medianSecondsToDecision).toBe(3600);
    expect(dashboard.daily[1].p90SecondsToDecision).toBe(7200);
    expect(dashboard.totals).toEqual({ created: 3, submitted: 2, decided: 4, approved: 1, rejected: 1, changesRequested: 2 });
  });

  it("buckets open items by age and status", () => {
    const dashboard = assembleDashboard({
      ...base,
      open: [
        { status: "submitted", ageSeconds: 2 * 3600, count: 2 },
        { status: "needs_rereview", ageSeconds: 2 * DAY, count: 1 },
        { status: "submitted", ageSeconds: 2.5 * DAY, count: 1 },
        { status: "submitted", ageSeconds: 30 * DAY, count: 4 },
      ],
    });
    expect(dashboard.openByAge).toEqual([
      { bucket: "under_1_day", label: "Under 1 day", submitted: 2, needsRereview: 0, total: 2 },
      { bucket: "1_to_3_days", label: "1–3 days", submitted: 1, needsRereview: 1, total: 2 },
      { bucket: "3_to_7_days", label: "3–7 days", submitted: 0, needsRereview: 0, total: 0 },
      { bucket: "7_to_14_days", label: "7–14 days", submitted: 0, needsRereview: 0, total: 0 },
      { bucket: "14_days_or_more", label: "14 days or more", submitted: 4, needsRereview: 0, total: 4 },
    ]);
  });

  it("lists verdicts in the scale's order with their labels", () => {
    const dashboard = assembleDashboard({
      ...base,
      verdicts: [
        { verdict: "false", count: 2 },
        { verdict: "true", count: 1 },
      ],
    });
    expect(dashboard.verdicts.map((verdict) => `${verdict.label}:${verdict.count}`)).toEqual(["Unverified:0", "True:1", "Mostly true:0", "Mixed:0", "Misleading:0", "False:2", "Unsubstantiated:0"]);
  });

  it("gathers each person's counts and orders people by decisions, submissions, then name", () => {
    const dashboard = assembleDashboard({
      ...base,
      people: [
        { userId: "e1", name: "Eve Editor", kind: "created", count: 5 },
        { userId: "e1", name: "Eve Editor", kind: "submitted", count: 4 },
        { userId: "r2", name: "Bo Reviewer", kind: "approved", count: 1 },
        { userId: "r1", name: "Ann Reviewer", kind: "approved", count: 2 },
        { userId: "r1", name: "Ann Reviewer", kind: "changes_requested", count: 1 },
        { userId: "r2", name: "Bo Reviewer", kind: "rejected", count: 2 },
        { userId: "a1", name: "Al Admin", kind: "submitted", count: 4 },
      ],
    });
    expect(dashboard.people.map((person) => [person.name, person.decided, person.submitted])).toEqual([
      ["Ann Reviewer", 3, 0],
      ["Bo Reviewer", 3, 0],
      ["Eve Editor", 0, 4],
      ["Al Admin", 0, 4],
    ]);
    expect(dashboard.people[2]).toEqual({ userId: "e1", name: "Eve Editor", created: 5, submitted: 4, decided: 0, approved: 0, rejected: 0, changesRequested: 0 });
  });
});
