/** Next's start-up hook: runs once per server process, before the first request is handled. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getAppConfig } = await import("./lib/config/app-config");
  const { recordPeerAddresses } = await import("./lib/server/http/peer-address-recorder");
  const { recordHttpMetrics } = await import("./lib/server/metrics/http-metrics-recorder");
  const { installGracefulShutdown } = await import("./lib/server/lifecycle/graceful-shutdown");
  const config = getAppConfig();
  recordPeerAddresses(config.FACTDESK_TRUSTED_PROXY_HOPS);
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  recordHttpMetrics();
  // Only in production: `next dev` restarts itself on its own signals.
  if (process.env.NODE_ENV === "production") installGracefulShutdown({ timeoutMs: config.FACTDESK_SHUTDOWN_TIMEOUT_MS, drainDelayMs: config.FACTDESK_SHUTDOWN_DRAIN_DELAY_MS });
  const { startBackgroundJobs } = await import("./lib/server/jobs/job-runner-instance");
  const { appJobRegistrations } = await import("./lib/server/jobs/app-jobs");
  const { logger } = await import("./lib/server/logger");
  // Not awaited: a database that is not reachable yet must not hold up serving pages; retried.
  const start = () =>
    startBackgroundJobs(appJobRegistrations()).catch((error: unknown) => {
      logger.error({ err: error }, "background jobs did not start; trying again in 30 s");
      setTimeout(start, 30_000).unref();
    });
  start();
}
