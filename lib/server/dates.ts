/** A `@db.Date` column as `YYYY-MM-DD` (they are stored at UTC midnight). */
export function toIsoDate(value: Date | null | undefined): string | null {
  return value ? value.toISOString().slice(0, 10) : null;
}

/** `YYYY-MM-DD` → the Date a `@db.Date` column stores. */
export function fromIsoDate(value: string | null | undefined): Date | null {
  return value ? new Date(`${value}T00:00:00.000Z`) : null;
}
