const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * A calendar date (`2024-06-22`, no time of day) for people: `22 Jun 2024` in English, the
 * locale's own long form otherwise (`22 جون 2024`). Read in UTC, so server and browser agree.
 */
export function formatCalendarDate(isoDate: string, locale: string): string {
  const [year, month, day] = isoDate.split("-").map(Number);
  if (!year || !month || !day) return isoDate;
  if (locale === "en") return `${day} ${MONTHS[month - 1]} ${year}`;
  return new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(year, month - 1, day)));
}
