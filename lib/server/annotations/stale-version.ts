import "server-only";
import { formatDateTime, NEUTRAL_DISPLAY } from "@/lib/dates/format-date-time";
import { db } from "@/lib/server/db/prisma";
import { fail, notFound } from "@/lib/server/errors";

/**
 * The 409 answer for a change made on an outdated version: says who changed the annotation
 * since, and when, so the person can reload and decide again.
 */
export async function staleVersionError(annotationId: string, expectedVersion: number) {
  const current = await db().annotation.findUnique({
    where: { id: annotationId },
    select: { version: true, updatedAt: true, deletedAt: true, lastActorId: true },
  });
  if (!current || current.deletedAt) return notFound("Annotation");
  const actor = current.lastActorId ? await db().user.findUnique({ where: { id: current.lastActorId }, select: { name: true } }) : null;
  const who = actor?.name ?? "Someone";
  return fail(
    "conflict",
    `${who} changed this annotation at ${formatDateTime(current.updatedAt, NEUTRAL_DISPLAY)} (it is now version ${current.version}, you had version ${expectedVersion}). Reload to see the latest, then try again.`,
    { details: { currentVersion: current.version, changedBy: who, changedAt: current.updatedAt.toISOString() } },
  );
}

/** Thrown inside a transaction to roll it back when the optimistic lock fails. */
export class StaleVersionError extends Error {
  constructor() {
    super("stale version");
  }
}
