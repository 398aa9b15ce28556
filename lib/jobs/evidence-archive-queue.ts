import { z } from "zod";
import { defineJobQueue } from "./job-queue-definition";

/**
 * Fetching evidence URLs: `archive` stores the first snapshot of an evidence item, `check`
 * re-fetches it for a link check. `requestId` is the job's id and the snapshot's, so a job that
 * runs twice records one snapshot. Transient failures (timeouts, 5xx) are retried with backoff;
 * the last attempt records whatever it got.
 */
export const evidenceArchiveQueue = defineJobQueue({
  name: "evidence.archive",
  payload: z.object({ evidenceId: z.string().min(1), requestId: z.uuid(), kind: z.enum(["archive", "check"]) }),
  retryLimit: 3,
  retryDelaySeconds: 20,
  retryBackoff: true,
  expireInSeconds: 300,
});

export type EvidenceArchiveJob = z.infer<typeof evidenceArchiveQueue.payload>;

/**
 * Every minute: re-queues archive requests still pending past the stalled limit whose job is gone
 * (an instance killed mid-fetch, a job expired or failed without recording), and fails those
 * re-queued too often, so no evidence stays "archiving…" for ever.
 */
export const evidenceArchiveSweepQueue = defineJobQueue({ name: "evidence.archive-sweep", payload: z.object({}), retryLimit: 0, expireInSeconds: 120 });
