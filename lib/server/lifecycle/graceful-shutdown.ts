import { subscribe } from "node:diagnostics_channel";
import type { Server, ServerResponse } from "node:http";
import { closeDatabase } from "@/lib/server/db/prisma";
import { stopBackgroundJobs } from "@/lib/server/jobs/job-runner-instance";
import { RECONNECT_DELAY_MS } from "@/lib/server/live/event-stream-response";
import { stopLiveHub } from "@/lib/server/live/live-hub-instance";
import { logger } from "@/lib/server/logger";
import { markShuttingDown } from "./shutdown-state";

const INSTALLED = Symbol.for("factdesk.gracefulShutdown");
const SIGNALS = ["SIGTERM", "SIGINT"] as const;

/**
 * Replaces Next's signal handling with a bounded drain. On SIGTERM (or SIGINT):
 * 1. readiness answers 503 at once, so the load balancer stops sending; for `drainDelayMs`
 *    (FACTDESK_SHUTDOWN_DRAIN_DELAY_MS: the balancer's health-check interval) requests are still
 *    served as usual;
 * 2. then the listening socket closes (no new connections) and idle keep-alive connections drop;
 * 3. every live stream gets `retry:` and closes (browsers reconnect to another instance);
 * 4. requests in flight finish, background jobs stop taking work and running ones finish; then the
 *    database pool closes and the process exits 0.
 * Whatever is still running `timeoutMs` after the signal is cut off and the process exits 1.
 */
export function installGracefulShutdown(options: { timeoutMs: number; drainDelayMs: number }): void {
  const registry = globalThis as { [INSTALLED]?: boolean };
  if (registry[INSTALLED]) return;
  registry[INSTALLED] = true;

  const inFlight = new Set<ServerResponse>();
  let server: Server | null = null;
  subscribe("http.server.request.start", (message) => {
    const { response, server: owner } = message as { response: ServerResponse; server: Server };
    server ??= owner;
    inFlight.add(response);
    response.once("close", () => inFlight.delete(response));
  });

  let started = false;
  const shutdown = async (signal: string) => {
    if (started) return;
    started = true;
    const began = Date.now();
    markShuttingDown();
    logger.info({ signal, inFlight: inFlight.size, timeoutMs: options.timeoutMs, drainDelayMs: options.drainDelayMs }, "shutting down: readiness is 503, draining requests");
    const forced = setTimeout(() => {
      logger.warn({ stillRunning: inFlight.size }, "shutdown time limit reached: exiting with requests still running");
      process.exit(1);
    }, options.timeoutMs);
    if (options.drainDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, options.drainDelayMs));
    server?.close();
    server?.closeIdleConnections();
    await stopLiveHub(RECONNECT_DELAY_MS).catch((error: unknown) => logger.warn({ err: error }, "closing live streams failed"));
    const jobsStopped = stopBackgroundJobs().catch((error: unknown) => logger.warn({ err: error }, "stopping background jobs failed"));
    while (inFlight.size > 0) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      // A keep-alive connection that just finished its last request would otherwise linger.
      server?.closeIdleConnections();
    }
    await jobsStopped;
    await closeDatabase().catch((error: unknown) => logger.warn({ err: error }, "closing the database pool failed"));
    clearTimeout(forced);
    logger.info({ tookMs: Date.now() - began }, "shut down cleanly");
    process.exit(0);
  };

  for (const signal of SIGNALS) {
    // Next's own handler waits for every connection without a bound and leaves event streams open.
    process.removeAllListeners(signal);
    process.on(signal, () => void shutdown(signal));
  }
}
