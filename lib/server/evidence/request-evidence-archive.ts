import "server-only";
import { randomUUID } from "node:crypto";
import { evidenceArchiveQueue } from "@/lib/jobs/evidence-archive-queue";
import type { Prisma } from "@/lib/server/db/generated/client";
import { jobRunner } from "@/lib/server/jobs/job-runner-instance";

type Tx = Prisma.TransactionClient;

/** Makes sure the archive queue exists: call before a transaction that requests archiving. */
export async function prepareEvidenceArchive(): Promise<void> {
  await jobRunner().ensureQueue(evidenceArchiveQueue);
}

/**
 * Inside the caller's transaction: marks evidence items as waiting to be archived (or checked)
 * and writes one job per item, which exists only if the transaction commits. Each request has its
 * own id (the job's and the future snapshot's), so a superseded or repeated job records nothing.
 */
export async function requestEvidenceFetch(tx: Tx, evidenceIds: readonly string[], kind: "archive" | "check"): Promise<void> {
  for (const evidenceId of evidenceIds) {
    const requestId = randomUUID();
    await tx.evidence.update({
      where: { id: evidenceId },
      data: kind === "archive" ? { archiveState: "pending", archiveRequestId: requestId, archiveRequestedAt: new Date(), archiveRequeues: 0 } : { checkRequestId: requestId },
    });
    await jobRunner().enqueue(evidenceArchiveQueue, { evidenceId, requestId, kind }, { tx, id: requestId });
  }
}
