// Never cached or prerendered: it answers for this process, now.
export const dynamic = "force-dynamic";

/**
 * GET /api/health/live — liveness for orchestrators: 200 while this process can answer at all
 * (also while it drains after SIGTERM). Public, reveals nothing; no database involved.
 */
export function GET(): Response {
  return Response.json({ status: "live" }, { headers: { "cache-control": "no-store" } });
}
