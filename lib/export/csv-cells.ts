/**
 * RFC 4180 cells and rows, safe to open in a spreadsheet: a cell that a spreadsheet would read as
 * a formula is neutralised first (OWASP "CSV Injection"), then quoted if it needs to be.
 */

/** Byte order mark, so spreadsheet programs (Excel in particular) read the file as UTF-8. */
export const UTF8_BOM = "\uFEFF";

/** Record separator required by RFC 4180. */
export const CRLF = "\r\n";

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** Prefixes a single quote when `value` starts with = + - @, a tab or a carriage return. */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One cell: neutralised, then wrapped in double quotes (inner quotes doubled) when it holds `,` `"` CR or LF. */
export function csvCell(value: string | number | null | undefined): string {
  const cell = neutraliseFormula(value == null ? "" : String(value));
  return NEEDS_QUOTES.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** One record, without its line end. */
export function csvRow(values: readonly (string | number | null | undefined)[]): string {
  return values.map(csvCell).join(",");
}

/** A whole file: BOM, every record followed by CRLF. */
export function csvDocument(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  let out = UTF8_BOM;
  for (const row of rows) out += csvRow(row) + CRLF;
  return out;
}
