import { describe, expect, it } from "vitest";
import { articleListFilterFromSearchParams, articleListFilterSchema, setAssignmentsSchema } from "./assignment";

describe("setAssignmentsSchema", () => {
  it("reads a date alone as the end of that day (UTC) and keeps a time as given", () => {
    expect(setAssignmentsSchema.parse({ assignees: [], dueAt: "2026-12-03" }).dueAt).toEqual(new Date("2026-12-03T23:59:59.999Z"));
    expect(setAssignmentsSchema.parse({ assignees: [], dueAt: "2026-12-03T17:00:00+01:00" }).dueAt).toEqual(new Date("2026-12-03T16:00:00.000Z"));
  });

  it("lets null clear the due date and leaves left-out fields undefined", () => {
    expect(setAssignmentsSchema.parse({ assignees: [], dueAt: null })).toEqual({ assignees: [], dueAt: null });
    expect(setAssignmentsSchema.parse({ assignees: [{ userId: "u1", role: "review" }] })).toEqual({ assignees: [{ userId: "u1", role: "review" }] });
  });

  it("refuses unknown fields, roles and statuses, and a missing list", () => {
    expect(setAssignmentsSchema.safeParse({ assignees: [], owner: "me" }).success).toBe(false);
    expect(setAssignmentsSchema.safeParse({ assignees: [{ userId: "u1", role: "boss" }] }).success).toBe(false);
    expect(setAssignmentsSchema.safeParse({ assignees: [], deskStatus: "lost" }).success).toBe(false);
    expect(setAssignmentsSchema.safeParse({ dueAt: null }).success).toBe(false);
    expect(setAssignmentsSchema.safeParse({ assignees: [], dueAt: "next week" }).success).toBe(false);
  });
});

describe("article list filters from the address", () => {
  it("reads assignee, repeated or comma-separated statuses and due; ignores empty values", () => {
    const search = new URLSearchParams("assignee=me&status=to_do,annotating&status=done&due=overdue");
    expect(articleListFilterSchema.parse(articleListFilterFromSearchParams(search))).toEqual({ assignee: "me", status: ["to_do", "annotating", "done"], due: "overdue" });
    expect(articleListFilterSchema.parse(articleListFilterFromSearchParams(new URLSearchParams("assignee=&status=&due=")))).toEqual({});
  });

  it("refuses an unknown due window or status", () => {
    expect(articleListFilterSchema.safeParse(articleListFilterFromSearchParams(new URLSearchParams("due=tomorrow"))).success).toBe(false);
    expect(articleListFilterSchema.safeParse(articleListFilterFromSearchParams(new URLSearchParams("status=lost"))).success).toBe(false);
  });
});
