import "server-only";
import type { ArchiveFailure } from "@/lib/archive/archive-failure";
import type { SnapshotOutcome } from "@/lib/archive/fetch-snapshot";
import { linkStateAfterCheck } from "@/lib/archive/link-state";
import type { EvidenceArchiveJob } from "@/lib/jobs/evidence-archive-queue";
import { db } from "@/lib/server/db/prisma";
import { transactWithEvents } from "@/lib/server/events/transact-with-events";

type Evidence = { id: string; url: string; linkState: "ok" | "changed" | "dead" | null; articleId: string };

function snapshotColumns(job: EvidenceArchiveJob, url: string, outcome: SnapshotOutcome) {
  const base = { evidenceId: job.evidenceId, kind: job.kind, requestId: job.requestId, requestedUrl: url };
  if (outcome.ok) return { ...base, ...outcome.content };
  const failure: ArchiveFailure = outcome.failure;
  return { ...base, finalUrl: failure.finalUrl, httpStatus: failure.httpStatus, errorCode: failure.code, errorMessage: failure.message };
}

/**
 * Stores what one archive or check job found, with its event, once: the snapshot's request id is
 * unique, so a job that runs again (or a superseded one) records nothing. An archive sets the
 * item archived or failed; a check compares with the first archive (or, without one, the last
 * good check) and sets the link state. Returns false when nothing was recorded.
 */
export async function recordEvidenceSnapshot(evidence: Evidence, job: EvidenceArchiveJob, outcome: SnapshotOutcome): Promise<boolean> {
  return transactWithEvents(async (tx, events) => {
    const current = await tx.evidence.findUnique({ where: { id: evidence.id }, select: { archiveRequestId: true, checkRequestId: true } });
    const wanted = job.kind === "archive" ? current?.archiveRequestId : current?.checkRequestId;
    if (wanted !== job.requestId) return false;
    const baseline =
      job.kind === "check"
        ? ((await tx.evidenceSnapshot.findFirst({ where: { evidenceId: evidence.id, kind: "archive", errorCode: null }, orderBy: { fetchedAt: "asc" }, select: { sha256: true, textSha256: true } })) ??
          (await tx.evidenceSnapshot.findFirst({ where: { evidenceId: evidence.id, kind: "check", errorCode: null }, orderBy: { fetchedAt: "desc" }, select: { sha256: true, textSha256: true } })))
        : null;
    const linkState = job.kind === "check" ? linkStateAfterCheck(baseline, outcome.ok ? outcome.content : null) : null;
    const inserted = await tx.evidenceSnapshot.createManyAndReturn({ data: [{ ...snapshotColumns(job, evidence.url, outcome), linkState }], skipDuplicates: true, select: { id: true } });
    if (inserted.length === 0) return false;
    const snapshotId = inserted[0].id;
    const common = { actorId: null, entityId: evidence.id, articleId: evidence.articleId };
    if (job.kind === "check") {
      await tx.evidence.update({ where: { id: evidence.id }, data: { linkState, linkCheckedAt: new Date() } });
      events.add({
        ...common,
        type: "evidence.checked",
        payload: { before: { linkState: evidence.linkState }, after: { url: evidence.url, snapshotId, linkState: linkState!, sha256: outcome.ok ? outcome.content.sha256 : null } },
      });
    } else if (outcome.ok) {
      await tx.evidence.update({ where: { id: evidence.id }, data: { archiveState: "archived" } });
      const { finalUrl, httpStatus, sha256 } = outcome.content;
      events.add({ ...common, type: "evidence.archived", payload: { after: { url: evidence.url, snapshotId, finalUrl, httpStatus, sha256 } } });
    } else {
      await tx.evidence.update({ where: { id: evidence.id }, data: { archiveState: "failed" } });
      events.add({ ...common, type: "evidence.archive_failed", payload: { after: { url: evidence.url, snapshotId, errorCode: outcome.failure.code, message: outcome.failure.message } } });
    }
    return true;
  });
}

/** The evidence item a job is about, or null when it was removed meanwhile (nothing to do). */
export async function evidenceForJob(evidenceId: string): Promise<Evidence | null> {
  const row = await db().evidence.findUnique({ where: { id: evidenceId }, select: { id: true, url: true, linkState: true, annotation: { select: { articleId: true } } } });
  return row ? { id: row.id, url: row.url, linkState: row.linkState, articleId: row.annotation.articleId } : null;
}
