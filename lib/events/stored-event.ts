import { EVENT_PAYLOADS, type DeskEvent, type EventType, type JsonValue } from "./event-types";

/** An audit row as the database holds it (the columns a reader of the stream needs). */
export type StoredEventRow = {
  id: bigint;
  at: Date;
  type: string;
  actorId: string | null;
  entityId: string;
  articleId: string | null;
  before: unknown;
  after: unknown;
};

/** An event as shown to a person: what they may see of it, and who did it. */
export type ShownEvent = DeskEvent & {
  /** Null for changes the desk made itself (seed, create-admin) or by a user since removed. */
  actor: { id: string; name: string } | null;
};

/** Whether `type` is one of the stream's event types. */
export function isEventType(type: string): type is EventType {
  return Object.hasOwn(EVENT_PAYLOADS, type);
}

/**
 * An audit row as an event of the union: position (the row id, as a decimal string), time and the
 * payload rebuilt from the `before`/`after` columns (absent when null). Null for a row whose type
 * is not one of the union's (none is written since types were introduced; older rows were mapped).
 */
export function storedEvent(row: StoredEventRow): DeskEvent | null {
  if (!isEventType(row.type)) return null;
  const payload: { before?: JsonValue; after?: JsonValue } = {};
  if (row.before !== null && row.before !== undefined) payload.before = row.before as JsonValue;
  if (row.after !== null && row.after !== undefined) payload.after = row.after as JsonValue;
  return {
    type: row.type,
    position: row.id.toString(),
    at: row.at.toISOString(),
    actorId: row.actorId,
    entityId: row.entityId,
    articleId: row.articleId,
    payload,
  } as DeskEvent;
}
