import { z } from "./zod";
import { addDays, daysInRange, isIsoDay } from "../dashboard/day-range";

/** Longest range the dashboard takes, in days. */
export const MAX_DASHBOARD_DAYS = 366;
/** Days shown when no range is given: the last 30, today included. */
export const DEFAULT_DASHBOARD_DAYS = 30;

const day = (name: string) =>
  z
    .string({ error: `${name} must be a date written YYYY-MM-DD, e.g. 2026-11-01` })
    .refine(isIsoDay, `${name} must be a date written YYYY-MM-DD, e.g. 2026-11-01`)
    .optional();

const querySchema = z.object({
  from: day("from"),
  to: day("to"),
  format: z.enum(["json", "csv"], { error: "format must be json or csv" }).default("json"),
});

/** A checked dashboard query: calendar days (inclusive) and the answer's format. */
export type DashboardQuery = { from: string; to: string; format: "json" | "csv" };

/**
 * Reads `from`, `to` (days `YYYY-MM-DD`, both included) and `format` of a dashboard request.
 * Without `to` the range ends `today`; without `from` it starts 29 days before `to`. `from` must
 * not be after `to`, and the range holds at most {@link MAX_DASHBOARD_DAYS} days.
 */
export function parseDashboardQuery(
  input: { from?: string | null; to?: string | null; format?: string | null },
  today: string,
): { ok: true; value: DashboardQuery } | { ok: false; fieldErrors: Record<string, string> } {
  const clean = (value: string | null | undefined) => value?.trim() || undefined;
  const parsed = querySchema.safeParse({ from: clean(input.from), to: clean(input.to), format: clean(input.format) });
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[issue.path.join(".") || "input"] ??= issue.message;
    return { ok: false, fieldErrors };
  }
  const to = parsed.data.to ?? today;
  const from = parsed.data.from ?? addDays(to, -(DEFAULT_DASHBOARD_DAYS - 1));
  const days = daysInRange(from, to);
  if (days < 1) return { ok: false, fieldErrors: { to: `to (${to}) must be on or after from (${from})` } };
  if (days > MAX_DASHBOARD_DAYS) return { ok: false, fieldErrors: { to: `The range can cover at most ${MAX_DASHBOARD_DAYS} days; ${from} to ${to} is ${days} days` } };
  return { ok: true, value: { from, to, format: parsed.data.format } };
}
