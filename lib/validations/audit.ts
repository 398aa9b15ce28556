import { z } from "./zod";
import { EVENT_TYPES, type EventType } from "../events/event-types";
import { queryList, queryValue } from "./query-params";

const isoDateTime = z.iso.datetime({ offset: true });
const isoDate = z.iso.date();
const instant = z
  .string()
  .refine((value) => isoDateTime.safeParse(value).success || isoDate.safeParse(value).success, "must be an ISO 8601 date or time, e.g. 2026-11-30 or 2026-11-30T12:00:00Z")
  .transform((value) => new Date(value));
const eventType = z.enum(EVENT_TYPES as [EventType, ...EventType[]], { error: "type must be an event type, e.g. annotation.approved" });

/** Filters of the audit export (`GET /api/audit?from=&to=&type=&articleId=&format=`). */
export const auditFilterSchema = z
  .object({
    /** Events at or after this time (a date alone means its midnight UTC). */
    from: instant.optional(),
    /** Events before this time. */
    to: instant.optional(),
    /** Only these event types (repeated or comma-separated). */
    type: z.array(eventType).optional(),
    articleId: z.string().trim().min(1).max(64, "Not a valid id").optional(),
    format: z.enum(["json", "csv"], { error: "format must be json or csv" }).default("json"),
  })
  .refine((filter) => !filter.from || !filter.to || filter.from < filter.to, { path: ["to"], message: "to must be after from" });
export type AuditFilter = z.infer<typeof auditFilterSchema>;

/** Query parameters → the object {@link auditFilterSchema} checks; empty values are ignored. */
export function auditFilterFromSearchParams(search: URLSearchParams): Record<string, unknown> {
  const single = (name: string) => queryValue(search, name);
  return { from: single("from"), to: single("to"), type: queryList(search, "type"), articleId: single("articleId"), format: single("format") };
}
