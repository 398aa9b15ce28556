"use client";

import { useSyncExternalStore } from "react";
import { formatCalendarDate, formatDateTime, NEUTRAL_DISPLAY, runtimeDisplay, type DateDisplay } from "@/lib/dates/format-date-time";

const noSubscription = () => () => {};
let cached: DateDisplay | null = null;
const browserDisplay = () => (cached ??= runtimeDisplay(typeof navigator === "undefined" ? [] : navigator.languages));
const neutralDisplay = () => NEUTRAL_DISPLAY;

/**
 * The reader's locale and time zone in the browser; the neutral display (English, UTC) on the
 * server and while hydrating, so both render the same markup first. `locale` overrides the
 * browser's language (the app's language choice).
 */
export function useDateDisplay(locale?: string): DateDisplay {
  const display = useSyncExternalStore(noSubscription, browserDisplay, neutralDisplay);
  return locale ? { ...display, locale } : display;
}

type Props = {
  /** ISO date-time, or `YYYY-MM-DD` for a calendar date. */
  value: string;
  /** `moment`: date and time with the zone named; `date`: the calendar day only. */
  kind?: "moment" | "date";
  month?: "short" | "long";
  locale?: string;
  className?: string;
};

/** A date or moment as the reader reads them (see lib/dates), in a `<time>` element. */
export function DateTime({ value, kind = "moment", month, locale, className }: Props) {
  const display = useDateDisplay(locale);
  const text = kind === "date" ? formatCalendarDate(value, display, { month }) : formatDateTime(value, display);
  return (
    <time dateTime={value} className={className} suppressHydrationWarning>
      {text}
    </time>
  );
}
