/**
 * Keyset paging of lists: opaque cursors, page limits and the `Link: rel="next"` header.
 *
 * A cursor is base64url of `[list, ...sortKey]` as JSON: the sort key of the last row of a page,
 * tagged with the list it belongs to. Decoding checks the shape of the key against the list's
 * fields, so a malformed, tampered or foreign cursor is refused as a value, never thrown.
 */

/** Rows per page when no `limit` is given. */
export const DEFAULT_PAGE_LIMIT = 50;
/** The largest `limit` a list accepts. */
export const MAX_PAGE_LIMIT = 500;

/** The type of one field of a sort key: `timestamp?` may be null (e.g. nulls-first dates). */
export type CursorField = "string" | "integer" | "boolean" | "timestamp" | "timestamp?";

type FieldValue<F extends CursorField> = F extends "string" ? string : F extends "integer" ? number : F extends "boolean" ? boolean : F extends "timestamp" ? Date : Date | null;

/** A sort key: one value per field of the list's {@link CursorShape}. */
export type CursorKey<Fields extends readonly CursorField[]> = { [I in keyof Fields]: FieldValue<Fields[I]> };

/** What a list's cursors look like: the list's name and the fields of its sort key, in order. */
export type CursorShape<Fields extends readonly CursorField[]> = { list: string; fields: Fields };

/** A page the caller asks for: at most `limit` rows, after `cursor` (from the start when null). */
export type PageRequest = { limit: number; cursor: string | null };

/** One page of a list and the cursor of the next (null on the last page). */
export type Page<T> = { items: T[]; nextCursor: string | null };

export type ParseResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** Declares a list's cursor shape (keeps the field tuple's literal types). */
export function cursorShape<const Fields extends readonly CursorField[]>(list: string, fields: Fields): CursorShape<Fields> {
  return { list, fields };
}

/** Why a cursor is refused (one message for every way it can be wrong). */
export const INVALID_CURSOR = "cursor is not valid for this list: use the nextCursor of a previous page, unchanged";

const BASE64URL = /^[A-Za-z0-9_-]+$/;
const MAX_CURSOR_CHARS = 4096;

function encodeField(field: CursorField, value: unknown): unknown {
  if (field === "timestamp" || field === "timestamp?") return value === null ? null : (value as Date).toISOString();
  return value;
}

function decodeField(field: CursorField, value: unknown): { ok: true; value: unknown } | { ok: false } {
  switch (field) {
    case "string":
      return typeof value === "string" ? { ok: true, value } : { ok: false };
    case "integer":
      return typeof value === "number" && Number.isSafeInteger(value) ? { ok: true, value } : { ok: false };
    case "boolean":
      return typeof value === "boolean" ? { ok: true, value } : { ok: false };
    case "timestamp?":
      if (value === null) return { ok: true, value: null };
    // falls through
    case "timestamp": {
      if (typeof value !== "string") return { ok: false };
      const date = new Date(value);
      return Number.isNaN(date.getTime()) || date.toISOString() !== value ? { ok: false } : { ok: true, value: date };
    }
  }
}

/** The cursor pointing after the row whose sort key is `key`. */
export function encodeCursor<const Fields extends readonly CursorField[]>(shape: CursorShape<Fields>, key: CursorKey<Fields>): string {
  const values = shape.fields.map((field, index) => encodeField(field, (key as readonly unknown[])[index]));
  return Buffer.from(JSON.stringify([shape.list, ...values]), "utf8").toString("base64url");
}

/** A cursor back to its sort key; refuses anything {@link encodeCursor} would not have made for this list. */
export function decodeCursor<const Fields extends readonly CursorField[]>(shape: CursorShape<Fields>, cursor: string): ParseResult<CursorKey<Fields>> {
  const invalid = { ok: false as const, message: INVALID_CURSOR };
  if (cursor.length === 0 || cursor.length > MAX_CURSOR_CHARS || !BASE64URL.test(cursor)) return invalid;
  const bytes = Buffer.from(cursor, "base64url");
  if (bytes.toString("base64url") !== cursor) return invalid;
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    return invalid;
  }
  if (!Array.isArray(parsed) || parsed.length !== shape.fields.length + 1 || parsed[0] !== shape.list) return invalid;
  const key: unknown[] = [];
  for (const [index, field] of shape.fields.entries()) {
    const decoded = decodeField(field, parsed[index + 1]);
    if (!decoded.ok) return invalid;
    key.push(decoded.value);
  }
  return { ok: true, value: key as CursorKey<Fields> };
}

/** `limit` from a query string: {@link DEFAULT_PAGE_LIMIT} when absent, else a whole number from 1 to {@link MAX_PAGE_LIMIT}. */
export function parsePageLimit(raw: string | null): ParseResult<number> {
  if (raw === null) return { ok: true, value: DEFAULT_PAGE_LIMIT };
  const value = /^\d{1,6}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!(value >= 1 && value <= MAX_PAGE_LIMIT)) return { ok: false, message: `limit must be a whole number from 1 to ${MAX_PAGE_LIMIT}` };
  return { ok: true, value };
}

/**
 * Cuts the `limit + 1` rows a list fetched into a page: the extra row only says there is more,
 * and the last row kept gives the next cursor.
 */
export function toPage<Row, T, const Fields extends readonly CursorField[]>(
  rows: Row[],
  limit: number,
  shape: CursorShape<Fields>,
  sortKey: (row: Row) => CursorKey<Fields>,
  toItem: (row: Row) => T,
): Page<T> {
  const kept = rows.slice(0, limit);
  const last = kept[kept.length - 1];
  return { items: kept.map(toItem), nextCursor: rows.length > limit && last !== undefined ? encodeCursor(shape, sortKey(last)) : null };
}

/**
 * The `Link` header value pointing to the next page: `url` (absolute, every filter kept) with its
 * `cursor` replaced and `limit` set.
 */
export function nextPageLink(url: string | URL, nextCursor: string, limit: number): string {
  const next = new URL(url);
  next.searchParams.set("limit", String(limit));
  next.searchParams.set("cursor", nextCursor);
  return `<${next.href}>; rel="next"`;
}
