import "server-only";
import type { PresenceEntry } from "@/lib/live/presence";
import type { Query } from "./stream-reads";

/** The channel that carries "presence on article X (or '' for the desk) changed". */
export const PRESENCE_CHANNEL = "factdesk_presence";

/** How long a presence row lives without being refreshed by the instance holding its stream. */
export const PRESENCE_TTL_SECONDS = 30;

/** Records that a stream is open (`articleId` null for desk-wide screens) and signals it. */
export async function enterPresence(query: Query, entry: { streamId: string; userId: string; articleId: string | null; instanceId: string }) {
  await query(
    `WITH added AS (
       INSERT INTO "Presence" ("id", "userId", "articleId", "activity", "instanceId", "expiresAt")
       VALUES ($1, $2, $3, 'viewing', $4, now() + make_interval(secs => $5))
       ON CONFLICT ("id") DO UPDATE SET "expiresAt" = EXCLUDED."expiresAt"
       RETURNING "articleId")
     SELECT pg_notify('${PRESENCE_CHANNEL}', COALESCE("articleId", '')) FROM added`,
    [entry.streamId, entry.userId, entry.articleId, entry.instanceId, PRESENCE_TTL_SECONDS],
  );
}

/** Removes a closed stream's presence and signals it. */
export async function leavePresence(query: Query, streamId: string) {
  await query(
    `WITH gone AS (DELETE FROM "Presence" WHERE "id" = $1 RETURNING "articleId")
     SELECT pg_notify('${PRESENCE_CHANNEL}', COALESCE("articleId", '')) FROM gone`,
    [streamId],
  );
}

/**
 * Keeps this instance's streams present and removes rows whose instance stopped refreshing them
 * (a crashed or restarted instance), signalling each article that lost someone.
 */
export async function refreshPresence(query: Query, instanceId: string) {
  await query(`UPDATE "Presence" SET "expiresAt" = now() + make_interval(secs => $2) WHERE "instanceId" = $1`, [instanceId, PRESENCE_TTL_SECONDS]);
  await query(
    `WITH gone AS (DELETE FROM "Presence" WHERE "expiresAt" < now() RETURNING "articleId")
     SELECT pg_notify('${PRESENCE_CHANNEL}', a) FROM (SELECT DISTINCT COALESCE("articleId", '') AS a FROM gone) AS articles`,
  );
}

type PresenceRow = { streamId: string; userId: string; name: string; activity: string; articleId: string | null; annotationId: string | null };

/** Most entries sent in one presence list: a person's tabs are merged, and a crowd is cut short. */
export const PRESENCE_LIST_LIMIT = 100;

// One entry per person and what they do (however many tabs they have open); streamId is one of them.
const PRESENCE_SELECT = `SELECT min(p."id") AS "streamId", p."userId", u."name", p."activity", p."articleId", p."annotationId"
  FROM "Presence" p JOIN "User" u ON u."id" = p."userId"`;
const PRESENCE_GROUP = `GROUP BY p."userId", u."name", p."activity", p."articleId", p."annotationId" ORDER BY u."name", p."userId" LIMIT ${PRESENCE_LIST_LIMIT}`;

/** Who has `articleId` open, and what they are doing there. */
export async function readArticlePresence(query: Query, articleId: string): Promise<PresenceEntry[]> {
  return query<PresenceRow>(`${PRESENCE_SELECT} WHERE p."articleId" = $1 AND p."expiresAt" > now() AND u."active" ${PRESENCE_GROUP}`, [articleId]);
}

/** Who is reviewing which annotation anywhere on the desk (for the queue's soft locks). */
export async function readDeskReviewing(query: Query): Promise<PresenceEntry[]> {
  return query<PresenceRow>(`${PRESENCE_SELECT} WHERE p."activity" = 'reviewing' AND p."annotationId" IS NOT NULL AND p."expiresAt" > now() AND u."active" ${PRESENCE_GROUP}`);
}
