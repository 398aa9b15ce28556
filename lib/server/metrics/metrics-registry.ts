import "server-only";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";

/** The metrics of this process (one registry per process, shared by Next's separate bundles). */
export type AppMetrics = {
  registry: Registry;
  httpRequests: Counter<"method" | "route" | "status">;
  httpDuration: Histogram<"method" | "route">;
  httpInFlight: Gauge;
  eventLag: Histogram;
  jobFailures: Counter<"queue" | "final">;
};

const holder = globalThis as unknown as { factdeskMetrics?: AppMetrics };

type QueueSizes = Record<string, { waiting: number; deadLetter: number }>;
const noQueues: QueueSizes = {};

async function queueSizes(): Promise<QueueSizes> {
  return (await sources.jobs?.().catch(() => noQueues)) ?? noQueues;
}

/** Sources read when Prometheus scrapes (pool use, open streams, database up); set by their owners. */
export type MetricsSources = {
  pool?: () => { total: number; idle: number; waiting: number } | null;
  openStreams?: () => number;
  databaseUp?: () => boolean;
  jobs?: () => Promise<QueueSizes>;
};
const sources = ((globalThis as unknown as { factdeskMetricsSources?: MetricsSources }).factdeskMetricsSources ??= {});

/** Registers where scrape-time gauges read their values (called by the pool, the live hub, the outage tracker). */
export function setMetricsSources(update: MetricsSources): void {
  Object.assign(sources, update);
}

function createMetrics(): AppMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "factdesk_" });
  const httpRequests = new Counter({
    name: "factdesk_http_requests_total",
    help: "HTTP requests answered, by method, route pattern and status",
    labelNames: ["method", "route", "status"] as const,
    registers: [registry],
  });
  const httpDuration = new Histogram({
    name: "factdesk_http_request_duration_seconds",
    help: "Time from request to the end of the response, by method and route pattern (event streams excluded)",
    labelNames: ["method", "route"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  const httpInFlight = new Gauge({ name: "factdesk_http_requests_in_flight", help: "Requests being handled now", registers: [registry] });
  const eventLag = new Histogram({
    name: "factdesk_live_event_lag_seconds",
    help: "From an event's transaction to its fan-out to this instance's live streams",
    buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30],
    registers: [registry],
  });
  new Gauge({
    name: "factdesk_db_pool_connections",
    help: "Connections of this instance's database pool, by state (total, idle, waiting = queued requests for a connection)",
    labelNames: ["state"] as const,
    registers: [registry],
    collect() {
      const pool = sources.pool?.();
      if (!pool) return;
      this.set({ state: "total" }, pool.total);
      this.set({ state: "idle" }, pool.idle);
      this.set({ state: "waiting" }, pool.waiting);
    },
  });
  new Gauge({
    name: "factdesk_sse_streams_open",
    help: "Live-update (SSE) streams held open by this instance",
    registers: [registry],
    collect() {
      this.set(sources.openStreams?.() ?? 0);
    },
  });
  new Gauge({
    name: "factdesk_database_up",
    help: "1 unless this instance's last attempt found the database unreachable",
    registers: [registry],
    collect() {
      this.set(sources.databaseUp?.() === false ? 0 : 1);
    },
  });
  const jobFailures = new Counter({
    name: "factdesk_job_failures_total",
    help: "Failed job attempts on this instance, by queue; final=true when no retry was left (the job went to its dead-letter queue)",
    labelNames: ["queue", "final"] as const,
    registers: [registry],
  });
  new Gauge({
    name: "factdesk_jobs_waiting",
    help: "Jobs waiting to run (created or to retry), by queue (the whole desk's, read from the queue)",
    labelNames: ["queue"] as const,
    registers: [registry],
    async collect() {
      for (const [queue, size] of Object.entries(await queueSizes())) this.set({ queue }, size.waiting);
    },
  });
  new Gauge({
    name: "factdesk_jobs_dead_letter",
    help: "Jobs that failed for good and wait in their queue's dead-letter queue, by queue",
    labelNames: ["queue"] as const,
    registers: [registry],
    async collect() {
      for (const [queue, size] of Object.entries(await queueSizes())) this.set({ queue }, size.deadLetter);
    },
  });
  return { registry, httpRequests, httpDuration, httpInFlight, eventLag, jobFailures };
}

/**
 * This process's metrics, created on first use. Other subsystems add theirs to `registry` (the
 * job queue: its depth and failures, as gauges with `collect()` and counters).
 */
export function appMetrics(): AppMetrics {
  holder.factdeskMetrics ??= createMetrics();
  return holder.factdeskMetrics;
}
