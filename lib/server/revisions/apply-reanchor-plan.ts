import "server-only";
import type { DeskEventOf } from "@/lib/events/event-types";
import type { AnnotationPlan, AnnotationUpdate } from "@/lib/revisions/reanchor-plan";
import { Prisma } from "@/lib/server/db/generated/client";

type Tx = Prisma.TransactionClient;

/** Rows written per bulk statement (6 parameters each, well under PostgreSQL's 65,535). */
const CHUNK = 1000;

function chunks<T>(items: T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Moves annotations that only follow the text (moved, or unchanged with new context) in one
 * statement per chunk: a revision that shifts hundreds of annotations stays one round trip.
 */
async function moveSilently(tx: Tx, revisionId: string, plans: (AnnotationPlan & { update: AnnotationUpdate })[]): Promise<void> {
  for (const part of chunks(plans)) {
    const values = Prisma.join(part.map((p) => Prisma.sql`(${p.id}, ${p.update.start}::int, ${p.update.end}::int, ${p.update.exact}, ${p.update.prefix}, ${p.update.suffix})`));
    await tx.$executeRaw`
      UPDATE "Annotation" AS a
      SET "revisionId" = ${revisionId}, "start" = v.s, "end" = v.e, "exact" = v.exact, "prefix" = v.prefix, "suffix" = v.suffix, "updatedAt" = now()
      FROM (VALUES ${values}) AS v(id, s, e, exact, prefix, suffix)
      WHERE a."id" = v.id`;
  }
}

/**
 * Writes a re-anchoring plan inside the save's transaction: annotations that follow silently keep
 * their version; changed, orphaned and restored ones get a new version and the actor as their
 * latest actor (not as their last editor: the annotation's content was not edited).
 */
export async function applyReanchorPlan(tx: Tx, input: { plans: AnnotationPlan[]; revisionId: string; actorId: string }): Promise<void> {
  const { plans, revisionId, actorId } = input;
  const withUpdate = plans.filter((p): p is AnnotationPlan & { update: AnnotationUpdate } => p.update !== null);

  const revisionOnly = withUpdate.filter((p) => p.update.revisionOnly).map((p) => p.id);
  for (const ids of chunks(revisionOnly)) {
    await tx.annotation.updateMany({ where: { id: { in: ids } }, data: { revisionId } });
  }
  await moveSilently(
    tx,
    revisionId,
    withUpdate.filter((p) => !p.update.revisionOnly && !p.update.bumpVersion),
  );
  for (const p of withUpdate.filter((plan) => plan.update.bumpVersion)) {
    const u = p.update;
    await tx.annotation.update({
      where: { id: p.id },
      data: {
        ...(u.toNewRevision ? { revisionId } : {}),
        start: u.start,
        end: u.end,
        exact: u.exact,
        prefix: u.prefix,
        suffix: u.suffix,
        anchorState: u.anchorState,
        previousExact: u.previousExact,
        status: u.status,
        version: { increment: 1 },
        lastActorId: actorId,
      },
    });
  }
}

/** The `annotation.reanchored` events of a plan: one per annotation the revision moved, changed, orphaned or restored. */
export function reanchorEvents(input: {
  plans: AnnotationPlan[];
  articleId: string;
  actorId: string;
  /** Number of the revision each annotation was anchored to before. */
  revisionOf: (annotationId: string) => number;
  toRevision: number;
}): Omit<DeskEventOf<"annotation.reanchored">, "position" | "at">[] {
  return input.plans
    .filter((p) => p.audited)
    .map((p) => ({
      type: "annotation.reanchored",
      actorId: input.actorId,
      entityId: p.id,
      articleId: input.articleId,
      payload: {
        before: { revision: input.revisionOf(p.id), ...p.before },
        after: {
          revision: p.update?.toNewRevision ? input.toRevision : input.revisionOf(p.id),
          ...p.after,
          result: p.result,
          ...(p.restored ? { restored: true } : {}),
          ...(p.reason ? { reason: p.reason } : {}),
          confidence: Math.round(p.confidence * 1000) / 1000,
        },
      },
    }));
}
