import "server-only";
import { getAppConfig } from "@/lib/config/app-config";
import type { JobQueueDefinition } from "@/lib/jobs/job-queue-definition";
import { registerReadinessCheck } from "@/lib/server/health/readiness-checks";
import { logger } from "@/lib/server/logger";
import { appMetrics, setMetricsSources } from "@/lib/server/metrics/metrics-registry";
import { JobRunner, type JobHandler } from "./job-runner";

/** A queue this app works on: its handler and, optionally, a cron schedule that feeds it. */
export type JobRegistration = {
  queue: JobQueueDefinition<unknown>;
  start: (runner: JobRunner) => Promise<void>;
};

/** Declares a worker (and optional schedule) for a queue; type-checks the handler against the queue's payload. */
export function jobRegistration<Payload>(queue: JobQueueDefinition<Payload>, handler: JobHandler<Payload>, schedule?: { cron: string; payload: Payload; tz?: string }): JobRegistration {
  return {
    queue: queue as JobQueueDefinition<unknown>,
    start: async (runner) => {
      await runner.work(queue, handler);
      if (schedule) await runner.schedule(queue, schedule.cron, schedule.payload, { tz: schedule.tz });
      else await runner.unschedule(queue);
    },
  };
}

// One runner per process; kept on globalThis so development hot reloads don't open more pools.
const globalForJobs = globalThis as unknown as { factdeskJobRunner?: JobRunner; factdeskJobsWorking?: Promise<void>; factdeskJobsReady?: boolean };

/** Whether this process works on background jobs (started by instrumentation.ts; not in tests or scripts). */
export function backgroundJobsStarted(): boolean {
  return globalForJobs.factdeskJobsWorking !== undefined;
}

/** This process's job runner (created on first use; `start` installs pg-boss's schema). */
export function jobRunner(): JobRunner {
  if (!globalForJobs.factdeskJobRunner) {
    const config = getAppConfig();
    if (!config.DATABASE_URL) throw new Error("DATABASE_URL is not set: start Factdesk with `npm start`, which provides the embedded database.");
    globalForJobs.factdeskJobRunner = new JobRunner({
      connectionString: config.DATABASE_URL,
      logger,
      pollingIntervalSeconds: config.FACTDESK_JOBS_POLL_SECONDS,
      stopTimeoutSeconds: 10,
      onJobFailed: (queue, final) => appMetrics().jobFailures.inc({ queue, final: String(final) }),
    });
  }
  return globalForJobs.factdeskJobRunner;
}

/**
 * Starts this instance's workers and schedules, once per process (instrumentation.ts calls it in
 * every instance; later calls return the first call's promise, or try again after a failure).
 * The graceful shutdown stops them (`stopBackgroundJobs`).
 */
export function startBackgroundJobs(registrations: readonly JobRegistration[]): Promise<void> {
  // The instance is not ready until its job queue works (GET /api/health/ready).
  registerReadinessCheck("jobs", async () => (globalForJobs.factdeskJobRunner?.running && globalForJobs.factdeskJobsReady ? { ok: true } : { ok: false, reason: "job queue not started" }));
  setMetricsSources({ jobs: () => globalForJobs.factdeskJobRunner?.queueSizes() ?? Promise.resolve({}) });
  globalForJobs.factdeskJobsWorking ??= (async () => {
    const runner = jobRunner();
    await runner.start();
    for (const registration of registrations) await registration.start(runner);
    globalForJobs.factdeskJobsReady = true;
    logger.info({ queues: registrations.map((registration) => registration.queue.name) }, "background jobs started");
  })().catch((error: unknown) => {
    globalForJobs.factdeskJobsWorking = undefined; // a later call tries again
    throw error;
  });
  return globalForJobs.factdeskJobsWorking;
}

/** Stops taking jobs and waits (bounded) for the running ones; part of the graceful shutdown. */
export async function stopBackgroundJobs(): Promise<void> {
  const runner = globalForJobs.factdeskJobRunner;
  if (!runner) return;
  await globalForJobs.factdeskJobsWorking?.catch(() => undefined);
  await runner.stop();
}
