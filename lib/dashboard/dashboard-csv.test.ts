import { describe, expect, it } from "vitest";
import { assembleDashboard } from "./assemble-dashboard";
import { dashboardCsv, dashboardCsvFileName } from "./dashboard-csv";

const dashboard = assembleDashboard({
  range: { from: "2026-11-01", to: "2026-11-02", timeZone: "Asia/Karachi", days: 2 },
  asOf: new Date("2026-11-02T12:00:00Z"),
  activity: [{ day: "2026-11-02", kind: "approved", count: 2 }],
  dailyTiming: [{ day: "2026-11-02", medianSeconds: 5400, p90Seconds: 10_000 }],
  timing: { decisions: 2, medianSeconds: 5400, p90Seconds: 10_000 },
  open: [{ status: "submitted", ageSeconds: 60, count: 1 }],
  verdicts: [{ verdict: "true", count: 2 }],
  people: [{ userId: "u1", name: '=HYPERLINK("http://evil")', kind: "approved", count: 2 }],
});

const records = (csv: string) =>
  csv
    .replace(/^\uFEFF/, "")
    .split("\r\n")
    .filter(Boolean);

describe("dashboardCsv", () => {
  const csv = dashboardCsv(dashboard);

  it("starts with a byte order mark and the header, with CRLF records", () => {
    expect(csv.startsWith("\uFEFFsection,item,measure,value\r\n")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("states the range and time zone", () => {
    expect(records(csv)).toEqual(expect.arrayContaining(["range,from,day,2026-11-01", "range,to,day,2026-11-02", "range,time_zone,name,Asia/Karachi", "range,as_of,time,2026-11-02T12:00:00.000Z"]));
  });

  it("has every figure: days (zeros included), hours to decision, open items, verdicts, people", () => {
    const lines = records(csv);
    expect(lines).toEqual(
      expect.arrayContaining([
        "daily,2026-11-01,approved,0",
        "daily,2026-11-01,median_hours_to_decision,",
        "daily,2026-11-02,approved,2",
        "daily,2026-11-02,decided,2",
        "daily,2026-11-02,median_hours_to_decision,1.5",
        "daily,2026-11-02,p90_hours_to_decision,2.78",
        "totals,range,approved,2",
        "time_to_decision,range,decisions_timed,2",
        "time_to_decision,range,median_hours,1.5",
        "open_by_age,Under 1 day,submitted,1",
        "open_by_age,14 days or more,total,0",
        "approved_claims_by_verdict,True,count,2",
        "approved_claims_by_verdict,False,count,0",
      ]),
    );
    expect(lines.filter((line) => line.startsWith("daily,"))).toHaveLength(16);
  });

  it("neutralises a name that a spreadsheet would run as a formula", () => {
    expect(records(csv)).toContain(`throughput,"'=HYPERLINK(""http://evil"")",approved,2`);
    expect(csv).not.toMatch(/\n=|,=/);
  });
});

describe("dashboardCsvFileName", () => {
  it("names the range", () => {
    expect(dashboardCsvFileName(dashboard)).toBe("factdesk-dashboard-2026-11-01-to-2026-11-02.csv");
  });
});
