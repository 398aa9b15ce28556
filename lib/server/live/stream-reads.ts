import "server-only";
import type { EntityType, EventType } from "@/lib/events/event-types";
import type { LiveEvent, LiveScope } from "@/lib/live/live-event";
import type { PolicyActor } from "@/lib/policy/policy";

/** Runs one SQL statement and returns its rows (the live connection's `query`). */
export type Query = <R extends Record<string, unknown>>(text: string, values?: unknown[]) => Promise<R[]>;

type EventRow = {
  id: string;
  type: string;
  entityType: string;
  entityId: string;
  articleId: string | null;
  actorId: string | null;
  actorName: string | null;
  annotationId: string | null;
  revision: number | null;
  at: Date;
};

// Comment events name their annotation in `after` (screens refresh that card's thread); a new revision its number.
const EVENT_COLUMNS = `e."id"::text AS "id", e."type", e."entityType", e."entityId", e."articleId", e."actorId", u."name" AS "actorName",
  CASE WHEN e."entityType" = 'comment' THEN COALESCE(e."after", e."before")->>'annotationId' END AS "annotationId",
  CASE WHEN e."type" = 'revision.saved' THEN (e."after"->>'revision')::int END AS "revision", e."at"`;

function toLiveEvent(row: EventRow): LiveEvent {
  return {
    position: row.id,
    type: row.type as EventType,
    entityType: row.entityType as EntityType,
    entityId: row.entityId,
    articleId: row.articleId,
    actorId: row.actorId,
    actorName: row.actorName,
    annotationId: row.annotationId,
    revision: row.revision,
    at: row.at.toISOString(),
  };
}

/**
 * Events after position `after` (up to `upTo` when given), oldest first, at most `limit`.
 * Positions commit in order (lib/server/events/write-events.ts), so "after N" never skips a
 * change that commits later.
 */
export async function readEventsAfter(query: Query, options: { after: bigint; upTo?: bigint; scope?: LiveScope; limit: number }): Promise<LiveEvent[]> {
  const values: unknown[] = [options.after.toString(), options.limit];
  let where = `e."id" > $1::bigint`;
  if (options.upTo !== undefined) {
    values.push(options.upTo.toString());
    where += ` AND e."id" <= $${values.length}::bigint`;
  }
  if (options.scope?.kind === "article") {
    values.push(options.scope.articleId);
    where += ` AND e."articleId" = $${values.length}`;
  }
  const rows = await query<EventRow>(`SELECT ${EVENT_COLUMNS} FROM "AuditEvent" e LEFT JOIN "User" u ON u."id" = e."actorId" WHERE ${where} ORDER BY e."id" LIMIT $2`, values);
  return rows.map(toLiveEvent);
}

/** Who got notifications from the changes at positions in (`after`, `upTo`]. */
export async function readNotifiedUsers(query: Query, after: bigint, upTo: bigint): Promise<Set<string>> {
  const rows = await query<{ recipientId: string }>(`SELECT DISTINCT "recipientId" FROM "Notification" WHERE "eventPosition" > $1::bigint AND "eventPosition" <= $2::bigint`, [
    after.toString(),
    upTo.toString(),
  ]);
  return new Set(rows.map((row) => row.recipientId));
}

/** The newest committed position (0 for an empty stream). */
export async function readHead(query: Query): Promise<bigint> {
  const [row] = await query<{ head: string | null }>(`SELECT max("id")::text AS "head" FROM "AuditEvent"`);
  return BigInt(row?.head ?? "0");
}

/** The subscribers' accounts as they are now (role, deactivation), for re-checking open streams. */
export async function readViewers(query: Query, ids: string[]): Promise<Map<string, PolicyActor>> {
  const rows = await query<PolicyActor & Record<string, unknown>>(`SELECT "id", "role", "active", "mustChangePassword" FROM "User" WHERE "id" = ANY($1)`, [ids]);
  return new Map(rows.map((row) => [row.id, { id: row.id, role: row.role, active: row.active, mustChangePassword: row.mustChangePassword }]));
}
