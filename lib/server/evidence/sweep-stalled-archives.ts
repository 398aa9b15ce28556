import "server-only";
import { randomUUID } from "node:crypto";
import { stalledArchiveMessage } from "@/lib/archive/archive-failure";
import { evidenceArchiveQueue } from "@/lib/jobs/evidence-archive-queue";
import { db } from "@/lib/server/db/prisma";
import { transactWithEvents } from "@/lib/server/events/transact-with-events";
import type { JobRunner } from "@/lib/server/jobs/job-runner";

/** Job states in which the request's job will still run (pg-boss expires an active job whose worker died, then retries it). */
const LIVE_JOB_STATES = new Set(["created", "retry", "active"]);
const SWEEP_BATCH = 200;

export type StalledArchiveSettings = { stalledAfterMs: number; maxRequeues: number; now?: Date };

type Stalled = { id: string; url: string; archiveRequestId: string | null; archiveRequeues: number; annotation: { articleId: string } };

/** Fails a request the sweep has re-queued too often: a failure snapshot (under the request's id) and its event. */
async function failStalled(item: Stalled, requestId: string): Promise<boolean> {
  return transactWithEvents(async (tx, events) => {
    const { count } = await tx.evidence.updateMany({ where: { id: item.id, archiveState: "pending", archiveRequestId: requestId }, data: { archiveState: "failed" } });
    if (count === 0) return false;
    const message = stalledArchiveMessage(item.archiveRequeues);
    const [snapshot] = await tx.evidenceSnapshot.createManyAndReturn({
      data: [{ evidenceId: item.id, kind: "archive", requestId, requestedUrl: item.url, errorCode: "stalled", errorMessage: message }],
      skipDuplicates: true,
      select: { id: true },
    });
    if (!snapshot) throw new Error(`evidence ${item.id}: request ${requestId} already has a snapshot but is still pending`);
    events.add({
      type: "evidence.archive_failed",
      actorId: null,
      entityId: item.id,
      articleId: item.annotation.articleId,
      payload: { after: { url: item.url, snapshotId: snapshot.id, errorCode: "stalled", message } },
    });
    return true;
  });
}

/** Re-queues a request under a new id (a late run of the lost job then records nothing), counting the re-queue. */
async function requeueStalled(runner: JobRunner, item: Stalled, requestId: string | null): Promise<boolean> {
  const fresh = randomUUID();
  return transactWithEvents(async (tx, events) => {
    const { count } = await tx.evidence.updateMany({
      where: { id: item.id, archiveState: "pending", archiveRequestId: requestId },
      data: { archiveRequestId: fresh, archiveRequestedAt: new Date(), archiveRequeues: { increment: 1 } },
    });
    if (count === 0) return false;
    await runner.enqueue(evidenceArchiveQueue, { evidenceId: item.id, requestId: fresh, kind: "archive" }, { tx, id: fresh });
    events.add({ type: "evidence.archive_requested", actorId: null, entityId: item.id, articleId: item.annotation.articleId, payload: { after: { url: item.url } } });
    return true;
  });
}

/**
 * The safety net behind archive jobs: every evidence item still "archiving…" after
 * `stalledAfterMs` whose job will not run any more (lost with a killed instance, expired, failed
 * without recording, or never written) is re-queued, up to `maxRequeues` times; after that it is
 * marked failed — with the reason, and the card's Retry archiving — instead of waiting for ever.
 * Items whose job is still queued, retrying or running are left to it. Guarded by the request id,
 * so a job finishing meanwhile, a user's retry or another instance's sweep wins cleanly.
 */
export async function sweepStalledArchives(runner: JobRunner, settings: StalledArchiveSettings): Promise<{ requeued: number; failed: number }> {
  const now = settings.now ?? new Date();
  await runner.ensureQueue(evidenceArchiveQueue);
  const stalled = await db().evidence.findMany({
    where: {
      archiveState: "pending",
      OR: [{ archiveRequestedAt: { lt: new Date(now.getTime() - settings.stalledAfterMs) } }, { archiveRequestedAt: null }],
      annotation: { deletedAt: null, article: { deletedAt: null } },
    },
    orderBy: { archiveRequestedAt: "asc" },
    take: SWEEP_BATCH,
    select: { id: true, url: true, archiveRequestId: true, archiveRequeues: true, annotation: { select: { articleId: true } } },
  });
  let requeued = 0;
  let failed = 0;
  for (const item of stalled) {
    const state = item.archiveRequestId ? await runner.jobState(evidenceArchiveQueue, item.archiveRequestId) : null;
    if (state && LIVE_JOB_STATES.has(state)) continue;
    if (item.archiveRequeues >= settings.maxRequeues && item.archiveRequestId) {
      if (await failStalled(item, item.archiveRequestId)) failed += 1;
    } else if (await requeueStalled(runner, item, item.archiveRequestId)) {
      requeued += 1;
    }
  }
  return { requeued, failed };
}
