/**
 * The one way Factdesk shows dates and times: `Intl.DateTimeFormat` in the reader's locale and
 * time zone. Moments (a decision, a comment, a save) show the time with the zone named; calendar
 * dates (a publication date, a due day) show the day only, the same day everywhere.
 */

/** Whose conventions to format with: a BCP 47 locale (e.g. `en-GB`, `ur-PK`) and an IANA time zone. */
export type DateDisplay = { locale?: string; timeZone?: string };

/**
 * The display used before the reader's own is known (server rendering, hydration), so the markup
 * matches on both sides: English, UTC, zone named.
 */
export const NEUTRAL_DISPLAY: Required<DateDisplay> = { locale: "en-GB", timeZone: "UTC" };

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

function toDate(value: string | Date): Date | null {
  const date = value instanceof Date ? value : new Date(DATE_ONLY.test(value) ? `${value}T00:00:00Z` : value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A locale Intl accepts: an unknown or malformed one falls back to the runtime's default. */
function safeLocale(locale: string | undefined): string | undefined {
  if (!locale) return undefined;
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0 ? locale : undefined;
  } catch {
    return undefined;
  }
}

function safeTimeZone(timeZone: string | undefined): string | undefined {
  if (!timeZone) return undefined;
  try {
    new Intl.DateTimeFormat("en", { timeZone });
    return timeZone;
  } catch {
    return undefined;
  }
}

/**
 * A moment, e.g. `1 Dec 2026, 14:05 GMT+5` (`en-GB`, Asia/Karachi): date, hours and minutes,
 * and the time zone named (`withZone: false` leaves it out where the zone is obvious). "" for
 * an invalid value.
 */
export function formatDateTime(value: string | Date, display: DateDisplay = {}, options: { withZone?: boolean } = {}): string {
  const date = toDate(value);
  if (!date) return "";
  const format = new Intl.DateTimeFormat(safeLocale(display.locale), {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZone: safeTimeZone(display.timeZone),
    ...(options.withZone === false ? {} : { timeZoneName: "short" as const }),
  });
  return format.format(date);
}

/**
 * A calendar date, e.g. `22 Jun 2024`: a `YYYY-MM-DD` day (or a day stored as midnight UTC, like
 * due dates) is the same day for every reader, whatever their time zone. "" for an invalid value.
 */
export function formatCalendarDate(value: string | Date, display: DateDisplay = {}, options: { month?: "short" | "long" } = {}): string {
  const date = toDate(value);
  if (!date) return "";
  return new Intl.DateTimeFormat(safeLocale(display.locale), { year: "numeric", month: options.month ?? "short", day: "numeric", timeZone: "UTC" }).format(date);
}

/** The reader's display from the browser (or the runtime): its first language and its time zone. */
export function runtimeDisplay(languages: readonly string[] = []): DateDisplay {
  const resolved = new Intl.DateTimeFormat().resolvedOptions();
  return { locale: safeLocale(languages[0]) ?? resolved.locale, timeZone: resolved.timeZone };
}
