import { describe, expect, it } from "vitest";
import { auditFilterFromSearchParams, auditFilterSchema } from "./audit";

const parse = (query: string) => auditFilterSchema.safeParse(auditFilterFromSearchParams(new URLSearchParams(query)));
const messages = (query: string) => {
  const parsed = parse(query);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
};

describe("auditFilterSchema", () => {
  it("takes no filter at all, as JSON", () => {
    expect(parse("")).toEqual({ success: true, data: { format: "json" } });
  });

  it("reads dates, times, repeated or comma-separated types, an article and the format", () => {
    const parsed = parse("from=2026-11-30&to=2026-12-01T10:00:00%2B01:00&type=annotation.approved,comment.added&type=revision.saved&articleId=art1&format=csv");
    expect(parsed.success && parsed.data).toEqual({
      from: new Date("2026-11-30T00:00:00.000Z"),
      to: new Date("2026-12-01T09:00:00.000Z"),
      type: ["annotation.approved", "comment.added", "revision.saved"],
      articleId: "art1",
      format: "csv",
    });
  });

  it("names each bad parameter", () => {
    expect(messages("from=yesterday&type=annotation.teleported&format=xml")).toEqual([
      "from: must be an ISO 8601 date or time, e.g. 2026-11-30 or 2026-11-30T12:00:00Z",
      "type.0: type must be an event type, e.g. annotation.approved",
      "format: format must be json or csv",
    ]);
  });

  it("refuses a range that ends before it starts", () => {
    expect(messages("from=2026-12-02&to=2026-12-01")).toEqual(["to: to must be after from"]);
  });

  it("ignores empty values", () => {
    expect(parse("from=&type=,&articleId=")).toEqual({ success: true, data: { format: "json" } });
  });
});
