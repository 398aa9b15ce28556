import { describe, expect, it } from "vitest";
import { parseDashboardQuery } from "./dashboard";

const TODAY = "2026-11-30";

describe("parseDashboardQuery", () => {
  it("defaults to the last 30 days, today included, as JSON", () => {
    expect(parseDashboardQuery({}, TODAY)).toEqual({ ok: true, value: { from: "2026-11-01", to: "2026-11-30", format: "json" } });
  });

  it("takes a range and a format; blank values count as absent", () => {
    expect(parseDashboardQuery({ from: "2026-10-01", to: " 2026-10-31 ", format: "csv" }, TODAY)).toEqual({ ok: true, value: { from: "2026-10-01", to: "2026-10-31", format: "csv" } });
    expect(parseDashboardQuery({ from: "", to: null }, TODAY)).toEqual({ ok: true, value: { from: "2026-11-01", to: "2026-11-30", format: "json" } });
  });

  it("ends today when only from is given, and starts 29 days before to when only to is given", () => {
    expect(parseDashboardQuery({ from: "2026-11-20" }, TODAY)).toEqual({ ok: true, value: { from: "2026-11-20", to: TODAY, format: "json" } });
    expect(parseDashboardQuery({ to: "2026-02-10" }, TODAY)).toEqual({ ok: true, value: { from: "2026-01-12", to: "2026-02-10", format: "json" } });
  });

  it("accepts a one-day range and a 366-day one", () => {
    expect(parseDashboardQuery({ from: TODAY, to: TODAY }, TODAY).ok).toBe(true);
    expect(parseDashboardQuery({ from: "2024-01-01", to: "2024-12-31" }, TODAY).ok).toBe(true);
  });

  it("names each malformed parameter", () => {
    expect(parseDashboardQuery({ from: "yesterday", to: "2026-02-30", format: "xml" }, TODAY)).toEqual({
      ok: false,
      fieldErrors: {
        from: "from must be a date written YYYY-MM-DD, e.g. 2026-11-01",
        to: "to must be a date written YYYY-MM-DD, e.g. 2026-11-01",
        format: "format must be json or csv",
      },
    });
  });

  it("refuses from after to, and ranges over 366 days", () => {
    expect(parseDashboardQuery({ from: "2026-11-10", to: "2026-11-09" }, TODAY)).toEqual({ ok: false, fieldErrors: { to: "to (2026-11-09) must be on or after from (2026-11-10)" } });
    expect(parseDashboardQuery({ from: "2026-12-05" }, TODAY)).toEqual({ ok: false, fieldErrors: { to: "to (2026-11-30) must be on or after from (2026-12-05)" } });
    expect(parseDashboardQuery({ from: "2025-01-01", to: "2026-01-02" }, TODAY)).toEqual({
      ok: false,
      fieldErrors: { to: "The range can cover at most 366 days; 2025-01-01 to 2026-01-02 is 367 days" },
    });
  });
});
