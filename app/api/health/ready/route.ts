import { checkReadiness } from "@/lib/server/health/readiness-checks";
import { isShuttingDown } from "@/lib/server/lifecycle/shutdown-state";

export const dynamic = "force-dynamic";

const NO_STORE = { "cache-control": "no-store" };

/**
 * GET /api/health/ready — readiness for load balancers: 200 `{ status: "ready", checks }` when
 * the database answers, every shipped migration is applied and every registered check (the job
 * queue's) passes; else 503 with each failing check's reason. 503 at once once SIGTERM arrived,
 * so the balancer drains this instance. Public: reasons are short and name no host or user.
 */
export async function GET(): Promise<Response> {
  if (isShuttingDown()) {
    return Response.json({ status: "shutting_down", checks: {} }, { status: 503, headers: { ...NO_STORE, "retry-after": "5" } });
  }
  const report = await checkReadiness();
  if (report.ready) return Response.json({ status: "ready", checks: report.checks }, { headers: NO_STORE });
  return Response.json({ status: "not_ready", checks: report.checks }, { status: 503, headers: { ...NO_STORE, "retry-after": "5" } });
}
