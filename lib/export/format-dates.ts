/**
 * Locale-free date formatting for exports, so the same input always gives the same bytes
 * whatever the server's locale or time zone.
 */

/** `YYYY-MM-DD` (UTC) of an ISO date-time; a bare `YYYY-MM-DD` is kept; "" for empty or invalid input. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return "";
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const time = Date.parse(value);
  return Number.isNaN(time) ? "" : new Date(time).toISOString().slice(0, 10);
}

/** `YYYY-MM-DD HH:MM UTC` of an ISO date-time; "" for empty or invalid input. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return "";
  const time = Date.parse(value);
  if (Number.isNaN(time)) return "";
  const iso = new Date(time).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** Full ISO 8601 UTC date-time (`…Z`) of a date or date-time; null for empty or invalid input. */
export function toIsoDateTime(value: string | null | undefined): string | null {
  if (!value) return null;
  const time = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}
