import "server-only";
import { DEFAULT_ARCHIVE_LIMITS, fetchSnapshot, type ArchiveLimits } from "@/lib/archive/fetch-snapshot";
import { HostLimiter } from "@/lib/archive/host-limiter";
import { getAppConfig } from "@/lib/config/app-config";
import type { FetchOptions } from "@/lib/import/fetch-resource";
import { evidenceArchiveQueue, evidenceArchiveSweepQueue, type EvidenceArchiveJob } from "@/lib/jobs/evidence-archive-queue";
import type { JobHandler } from "@/lib/server/jobs/job-runner";
import { jobRegistration, jobRunner, type JobRegistration } from "@/lib/server/jobs/job-runner-instance";
import { logger } from "@/lib/server/logger";
import { ArchiveHostSlots, HostBusyError } from "./archive-host-slots";
import { evidenceForJob, recordEvidenceSnapshot } from "./record-evidence-snapshot";
import { sweepStalledArchives } from "./sweep-stalled-archives";

/** Workers per instance: fetches of different hosts run side by side; one host is held to its limit. */
const WORKERS = 4;

/** Raised to have the queue retry a transient failure (timeout, 5xx) with backoff. */
export class TransientFetchError extends Error {}

export type EvidenceArchiveSettings = { limits: ArchiveLimits; perHost: number; fetch: Omit<FetchOptions, "timeoutMs" | "maxBytes"> };

/** The archive's limits from the configuration. */
export function evidenceArchiveSettings(): EvidenceArchiveSettings {
  const config = getAppConfig();
  return {
    limits: { ...DEFAULT_ARCHIVE_LIMITS, timeoutMs: config.FACTDESK_ARCHIVE_TIMEOUT_SECONDS * 1000, maxBytes: Math.round(config.FACTDESK_ARCHIVE_MAX_MB * 1024 * 1024) },
    perHost: config.FACTDESK_ARCHIVE_PER_HOST,
    fetch: { allowPrivateAddresses: config.FACTDESK_IMPORT_ALLOW_PRIVATE },
  };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

/**
 * The worker of the archive queue: fetches the evidence URL (per-host limit — across instances
 * with `shared` slots —, SSRF guard, size and time limits), retries transient failures and a host
 * kept busy by other fetches while attempts remain, and records the outcome once.
 */
export function evidenceArchiveHandler(settings: EvidenceArchiveSettings, limiter = new HostLimiter(settings.perHost), shared: ArchiveHostSlots | null = null): JobHandler<EvidenceArchiveJob> {
  const fetchWithSlot = async (url: string, lastAttempt: boolean) => {
    const fetchIt = () => fetchSnapshot(url, settings.limits, settings.fetch);
    if (!shared) return fetchIt();
    try {
      return await shared.run(hostOf(url), fetchIt);
    } catch (error) {
      // Better archived a little impolitely than not at all: the last attempt goes ahead without a slot.
      if (error instanceof HostBusyError && lastAttempt) return fetchIt();
      throw error;
    }
  };
  return async (job, { lastAttempt }) => {
    const evidence = await evidenceForJob(job.evidenceId);
    if (!evidence) return;
    const outcome = await limiter.run(hostOf(evidence.url), () => fetchWithSlot(evidence.url, lastAttempt));
    if (!outcome.ok && outcome.failure.transient && !lastAttempt) {
      throw new TransientFetchError(`${evidence.url}: ${outcome.failure.message}`);
    }
    const recorded = await recordEvidenceSnapshot(evidence, job, outcome);
    logger.info({ evidenceId: evidence.id, kind: job.kind, ok: outcome.ok, recorded, ...(outcome.ok ? {} : { code: outcome.failure.code }) }, "evidence fetched");
  };
}

/** The archive queue with its workers, for app-jobs.ts. */
export function evidenceArchiveRegistration(): JobRegistration {
  return {
    queue: evidenceArchiveQueue as JobRegistration["queue"],
    start: async (runner) => {
      const settings = evidenceArchiveSettings();
      // The per-host limit holds across instances (slots in the database); the in-process limiter queues this instance's own workers.
      const shared = new ArchiveHostSlots({ perHost: settings.perHost, leaseMs: 2 * settings.limits.timeoutMs + 30_000 });
      const handler = evidenceArchiveHandler(settings, new HostLimiter(settings.perHost), shared);
      for (let worker = 0; worker < WORKERS; worker += 1) await runner.work(evidenceArchiveQueue, handler);
      await runner.unschedule(evidenceArchiveQueue);
    },
  };
}

/** The sweep of stalled archive requests, every minute on one instance (the queue hands each run to one worker). */
export function evidenceArchiveSweepRegistration(): JobRegistration {
  return jobRegistration(
    evidenceArchiveSweepQueue,
    async () => {
      const config = getAppConfig();
      const swept = await sweepStalledArchives(jobRunner(), { stalledAfterMs: config.FACTDESK_ARCHIVE_STALLED_MINUTES * 60_000, maxRequeues: config.FACTDESK_ARCHIVE_REQUEUES });
      if (swept.requeued || swept.failed) logger.warn(swept, "stalled evidence archives swept");
    },
    { cron: "* * * * *", payload: {} },
  );
}
