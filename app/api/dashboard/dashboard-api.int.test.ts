import { beforeAll, describe, expect, it } from "vitest";
import { addDays } from "@/lib/dashboard/day-range";
import type { DeskDashboard } from "@/lib/dashboard/dashboard-figures";
import { readDashboardAggregates } from "@/lib/server/dashboard/dashboard-queries";
import { db } from "@/lib/server/db/prisma";
import { seedDashboardHistory, seedOpenItems, type DashboardPeople } from "@/test/dashboard-history";
import { callRoute, tokenFor } from "@/test/integration/api-client";
import { createTestUser } from "@/test/integration/factories";
import { GET as getDashboard } from "./route";

const HOUR = 3600;
// A three-day history in a random day of the last century, so repeated runs on one database don't add up.
const day0 = addDays("1900-01-01", Math.floor(Math.random() * 36_000));
const [day1, day2] = [addDays(day0, 1), addDays(day0, 2)];

let people: DashboardPeople;
let names: Record<string, string>;
let reviewerToken: string;
let adminToken: string;
let editorToken: string;

const dashboard = async (token: string, query: string) => callRoute(getDashboard, { method: "GET", token, query });

beforeAll(async () => {
  const [editor, admin, reviewer1, reviewer2] = await Promise.all([
    createTestUser("editor", { name: "Eve Editor" }),
    createTestUser("admin", { name: "Ada Admin" }),
    createTestUser("reviewer", { name: "Rita Reviewer" }),
    createTestUser("reviewer", { name: "Raj Reviewer" }),
  ]);
  people = { editorId: editor.id, adminId: admin.id, reviewer1Id: reviewer1.id, reviewer2Id: reviewer2.id };
  names = { [editor.id]: editor.name, [admin.id]: admin.name, [reviewer1.id]: reviewer1.name, [reviewer2.id]: reviewer2.name };
  await seedDashboardHistory(db(), day0, people);
  [reviewerToken, adminToken, editorToken] = await Promise.all([tokenFor(reviewer1), tokenFor(admin), tokenFor(editor)]);
});

describe("GET /api/dashboard on a seeded history", () => {
  let figures: DeskDashboard;
  beforeAll(async () => {
    const response = await dashboard(reviewerToken, `?from=${day0}&to=${day2}`);
    expect(response.status, JSON.stringify(response.json)).toBe(200);
    figures = response.json;
  });

  it("states the range and its time zone", () => {
    expect(figures.range).toEqual({ from: day0, to: day2, timeZone: "UTC", days: 3 });
    expect(Math.abs(Date.parse(figures.asOf) - Date.now())).toBeLessThan(60_000);
  });

  it("counts created, submitted (resubmissions again) and decided per day, nothing from the days around", () => {
    expect(figures.daily.map(({ day, created, submitted, decided, approved, rejected, changesRequested }) => ({ day, created, submitted, decided, approved, rejected, changesRequested }))).toEqual([
      { day: day0, created: 3, submitted: 3, decided: 2, approved: 1, rejected: 1, changesRequested: 0 },
      { day: day1, created: 1, submitted: 2, decided: 2, approved: 1, rejected: 0, changesRequested: 1 },
      { day: day2, created: 1, submitted: 1, decided: 9, approved: 9, rejected: 0, changesRequested: 0 },
    ]);
    expect(figures.totals).toEqual({ created: 5, submitted: 6, decided: 13, approved: 11, rejected: 1, changesRequested: 1 });
  });

  it("times each decision from the latest submission before it: median and p90 per day and overall", () => {
    expect(figures.daily.map((day) => [day.medianSecondsToDecision, day.p90SecondsToDecision])).toEqual([
      [7 * HOUR, 11 * HOUR],
      [12.5 * HOUR, 78_120],
      [65 * HOUR, 245_520],
    ]);
    expect(figures.timeToDecision).toEqual({ decisions: 13, medianSeconds: 226_800, p90Seconds: 244_080 });
  });

  it("gives the verdicts of claims approved in the range and still approved (deleted ones and other kinds left out)", () => {
    expect(Object.fromEntries(figures.verdicts.map((verdict) => [verdict.verdict, verdict.count]))).toEqual({
      unverified: 1,
      true: 2,
      mostly_true: 1,
      mixed: 1,
      misleading: 1,
      false: 2,
      unsubstantiated: 1,
    });
  });

  it("names each person with their throughput, busiest reviewer first", () => {
    const mine = figures.people.filter((person) => names[person.userId]);
    expect(mine).toEqual([
      { userId: people.reviewer2Id, name: "Raj Reviewer", created: 0, submitted: 0, decided: 10, approved: 8, rejected: 1, changesRequested: 1 },
      { userId: people.reviewer1Id, name: "Rita Reviewer", created: 0, submitted: 0, decided: 3, approved: 3, rejected: 0, changesRequested: 0 },
      { userId: people.editorId, name: "Eve Editor", created: 4, submitted: 5, decided: 0, approved: 0, rejected: 0, changesRequested: 0 },
      { userId: people.adminId, name: "Ada Admin", created: 1, submitted: 1, decided: 0, approved: 0, rejected: 0, changesRequested: 0 },
    ]);
    expect(figures.people).toHaveLength(4);
    expect(JSON.stringify(figures.people)).not.toContain("@test.example");
  });

  it("shows a day alone, and empty days as zeros", async () => {
    const one = await dashboard(adminToken, `?from=${day1}&to=${day1}`);
    expect(one.status).toBe(200);
    expect(one.json.totals).toEqual({ created: 1, submitted: 2, decided: 2, approved: 1, rejected: 0, changesRequested: 1 });
    const before = addDays(day0, -20);
    const empty = await dashboard(adminToken, `?from=${before}&to=${addDays(before, 9)}`);
    expect(empty.json.daily).toHaveLength(10);
    expect(empty.json.daily.every((day: DeskDashboard["daily"][number]) => day.decided === 0 && day.created === 0 && day.medianSecondsToDecision === null)).toBe(true);
    expect(empty.json.timeToDecision).toEqual({ decisions: 0, medianSeconds: null, p90Seconds: null });
  });

  it("counts days where the desk is: in Asia/Karachi (UTC+5) events after 19:00 UTC fall on the next day", async () => {
    const aggregates = await readDashboardAggregates(db(), { from: day0, to: day2, timeZone: "Asia/Karachi" }, 3);
    const decided = (day: string) => aggregates.activity.filter((row) => row.day === day && ["approved", "rejected", "changes_requested"].includes(row.kind)).reduce((sum, row) => sum + row.count, 0);
    // The day-before submission at 20:00 UTC (a3) moves into day 0; the others of that day stay before the range.
    const submittedOn = (day: string) => aggregates.activity.find((row) => row.day === day && row.kind === "submitted")?.count ?? 0;
    expect(submittedOn(day0)).toBe(3 + 1);
    expect([decided(day0), decided(day1), decided(day2)]).toEqual([2, 2, 9]);
  });

  it("gives the same figures as CSV", async () => {
    const response = await callRoute(getDashboard, { method: "GET", token: reviewerToken, query: `?from=${day0}&to=${day2}&format=csv` });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="factdesk-dashboard-${day0}-to-${day2}.csv"`);
    const lines = String(response.json)
      .replace(/^\uFEFF/, "")
      .split("\r\n");
    expect(lines[0]).toBe("section,item,measure,value");
    expect(lines).toEqual(
      expect.arrayContaining([
        `daily,${day2},approved,9`,
        `daily,${day1},median_hours_to_decision,12.5`,
        "totals,range,submitted,6",
        "time_to_decision,range,median_hours,63",
        "approved_claims_by_verdict,False,count,2",
        "throughput,Raj Reviewer,decided,10",
      ]),
    );
  });
});

describe("GET /api/dashboard: open items by age", () => {
  it("counts items awaiting review by how long since they last entered review", async () => {
    const before: DeskDashboard = (await dashboard(reviewerToken, "")).json;
    await seedOpenItems(db(), people);
    const after: DeskDashboard = (await dashboard(reviewerToken, "")).json;
    const added = after.openByAge.map((bucket, i) => ({
      bucket: bucket.bucket,
      submitted: bucket.submitted - before.openByAge[i].submitted,
      needsRereview: bucket.needsRereview - before.openByAge[i].needsRereview,
    }));
    expect(added).toEqual([
      { bucket: "under_1_day", submitted: 1, needsRereview: 0 },
      { bucket: "1_to_3_days", submitted: 1, needsRereview: 0 },
      { bucket: "3_to_7_days", submitted: 0, needsRereview: 1 },
      { bucket: "7_to_14_days", submitted: 1, needsRereview: 0 },
      { bucket: "14_days_or_more", submitted: 1, needsRereview: 0 },
    ]);
  });
});

describe("GET /api/dashboard: who and what", () => {
  it("refuses editors with the policy's reason", async () => {
    const response = await dashboard(editorToken, "");
    expect(response.status).toBe(403);
    expect(response.json.error).toMatchObject({ code: "forbidden", message: "Only reviewers and admins can see the desk dashboard.", details: { refusal: "role" } });
  });

  it("defaults to the last 30 days", async () => {
    const response = await dashboard(reviewerToken, "");
    expect(response.status).toBe(200);
    expect(response.json.range.days).toBe(30);
    expect(response.json.daily).toHaveLength(30);
    expect(response.json.range.from).toBe(addDays(response.json.range.to, -29));
  });

  it.each([
    ["?from=yesterday", { from: "from must be a date written YYYY-MM-DD, e.g. 2026-11-01" }],
    ["?from=2026-02-30&to=2026-03-01", { from: "from must be a date written YYYY-MM-DD, e.g. 2026-11-01" }],
    ["?from=2026-11-10&to=2026-11-09", { to: "to (2026-11-09) must be on or after from (2026-11-10)" }],
    ["?from=2025-01-01&to=2026-01-02", { to: "The range can cover at most 366 days; 2025-01-01 to 2026-01-02 is 367 days" }],
    ["?format=xlsx", { format: "format must be json or csv" }],
  ])("answers %s with a 400 naming the problem", async (query, fieldErrors) => {
    const response = await dashboard(reviewerToken, query);
    expect(response.status).toBe(400);
    expect(response.json.error).toMatchObject({ code: "invalid", fieldErrors });
    expect(response.json.error.message).toContain(Object.values(fieldErrors)[0]);
  });
});
