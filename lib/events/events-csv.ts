import { CRLF, csvRow, UTF8_BOM } from "../export/csv-cells";
import type { ShownEvent } from "./stored-event";

/** Columns of the audit CSV, in order. */
export const EVENTS_CSV_COLUMNS = ["position", "at", "type", "actor_id", "actor_name", "entity_id", "article_id", "payload"] as const;

/** The start of an audit CSV file: byte order mark and header record. */
export function eventsCsvHeader(): string {
  return UTF8_BOM + csvRow(EVENTS_CSV_COLUMNS) + CRLF;
}

/**
 * The CSV records of some events (one per event, each ending in CRLF): the payload as JSON in
 * one cell, every cell neutralised against spreadsheet formulas.
 */
export function eventsCsvRecords(events: readonly ShownEvent[]): string {
  let out = "";
  for (const event of events) {
    out += csvRow([event.position, event.at, event.type, event.actorId, event.actor?.name, event.entityId, event.articleId, JSON.stringify(event.payload)]) + CRLF;
  }
  return out;
}
