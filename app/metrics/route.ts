import { getAppConfig } from "@/lib/config/app-config";
import { metricsAccess } from "@/lib/http/metrics-access";
import { databaseSeemsDown } from "@/lib/server/db/database-outage";
import { databasePool } from "@/lib/server/db/prisma";
import { openLiveStreamCount } from "@/lib/server/live/live-hub-instance";
import { appMetrics, setMetricsSources } from "@/lib/server/metrics/metrics-registry";

export const dynamic = "force-dynamic";

/**
 * GET /metrics — this instance's metrics in Prometheus text format: requests and latency by route
 * pattern, requests in flight, database pool use, open live streams, live-event lag, database
 * up, Node process metrics (and the job queue's, once it registers them). Needs
 * `Authorization: Bearer $FACTDESK_METRICS_TOKEN` (401 without); 404 when that setting is unset.
 */
export async function GET(request: Request): Promise<Response> {
  const access = metricsAccess(getAppConfig().FACTDESK_METRICS_TOKEN, request.headers.get("authorization"));
  if (access === "disabled") return new Response("Not found\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  if (access === "refused") {
    return new Response("Send Authorization: Bearer <FACTDESK_METRICS_TOKEN>\n", {
      status: 401,
      headers: { "content-type": "text/plain; charset=utf-8", "www-authenticate": 'Bearer realm="factdesk-metrics"' },
    });
  }
  setMetricsSources({
    pool: () => {
      const pool = databasePool();
      return pool ? { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount } : null;
    },
    openStreams: openLiveStreamCount,
    databaseUp: () => !databaseSeemsDown(),
  });
  const { registry } = appMetrics();
  return new Response(await registry.metrics(), { headers: { "content-type": registry.contentType, "cache-control": "no-store" } });
}
