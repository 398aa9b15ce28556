const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A day `YYYY-MM-DD` as a short axis label: `3 Nov` (the year is in the range shown above). */
export function shortDayLabel(day: string): string {
  const [, month, date] = day.split("-");
  return `${Number(date)} ${MONTHS[Number(month) - 1] ?? month}`;
}

/** A day `YYYY-MM-DD` written out: `3 Nov 2026`. */
export function longDayLabel(day: string): string {
  return `${shortDayLabel(day)} ${day.slice(0, 4)}`;
}

/** Seconds as hours with one decimal (`2.5`), or null for no value: what the time charts plot. */
export function secondsToHours(seconds: number | null): number | null {
  return seconds === null ? null : Math.round(seconds / 360) / 10;
}

/** A duration for people: `45 min`, `2.5 h`, `3.2 days`; an en dash for none. */
export function formatDuration(seconds: number | null): string {
  if (seconds === null) return "–";
  if (seconds < 3600) return `${Math.round(seconds / 60)} min`;
  if (seconds < 48 * 3600) return `${Math.round(seconds / 360) / 10} h`;
  return `${Math.round(seconds / 8640) / 10} days`;
}
