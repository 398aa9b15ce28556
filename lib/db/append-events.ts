import { eventProblem, EVENT_ENTITY, legacyAction, type DeskEventInput } from "../events/event-types";
import type { Prisma } from "../server/db/generated/client";

type Tx = Prisma.TransactionClient;

/** The PostgreSQL channel that carries "events up to position N are committed" (ids only). */
export const EVENT_CHANNEL = "factdesk_events";

/**
 * Key of the transaction-scoped advisory lock that serialises the last step of every writing
 * transaction. Taken just before commit, it makes stream positions (bigserial ids) commit in
 * order, so a reader that resumes "after position N" can never miss a row that committed later
 * with a lower id.
 */
const EVENT_ORDER_LOCK = 7_265_736_001;

/**
 * Appends events to the stream inside `tx`, in one INSERT statement, then signals listeners
 * (delivered by PostgreSQL at commit). Must be the transaction's last statement. Throws on an
 * invalid payload, which rolls the whole change back. Returns the last position written. The app reaches it through
 * `transactWithEvents` (lib/server/events); the seed, which runs outside the app, calls it directly.
 */
export async function appendEvents(tx: Tx, events: readonly DeskEventInput[]): Promise<bigint | null> {
  if (events.length === 0) return null;
  for (const event of events) {
    const problem = eventProblem(event);
    if (problem) throw new Error(problem);
  }
  const rows = events.map((event) => {
    const payload = event.payload as { before?: unknown; after?: unknown };
    return {
      actorId: event.actorId,
      entityType: EVENT_ENTITY[event.type],
      entityId: event.entityId,
      articleId: event.articleId,
      action: legacyAction(event.type),
      type: event.type,
      before: payload.before ?? null,
      after: payload.after ?? null,
    };
  });
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${EVENT_ORDER_LOCK}::bigint)`;
  // The signal goes out in the same statement as the rows: one round trip less while the
  // ordering lock is held (every writer waits for it).
  const inserted = await tx.$queryRaw<{ last: bigint }[]>`
    WITH added AS (
      INSERT INTO "AuditEvent" ("actorId", "entityType", "entityId", "articleId", "action", "type", "before", "after")
      SELECT e."actorId", e."entityType", e."entityId", e."articleId", e."action", e."type", e."before", e."after"
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
        AS e("actorId" text, "entityType" text, "entityId" text, "articleId" text, "action" text, "type" text, "before" jsonb, "after" jsonb)
      RETURNING "id"
    ), last AS (SELECT max("id") AS "last" FROM added)
    SELECT last."last" FROM last CROSS JOIN LATERAL (SELECT pg_notify(${EVENT_CHANNEL}, last."last"::text)) AS signal`;
  return inserted[0].last;
}
