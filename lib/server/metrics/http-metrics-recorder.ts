import { subscribe } from "node:diagnostics_channel";
import fs from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { routeLabel, routePatternsFromManifest, type RoutePattern } from "@/lib/http/route-pattern";
import { appMetrics } from "./metrics-registry";

const INSTALLED = Symbol.for("factdesk.httpMetricsRecorder");

function loadRoutePatterns(): RoutePattern[] {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(process.cwd(), ".next", "server", "app-paths-manifest.json"), "utf8")) as Record<string, string>;
    return routePatternsFromManifest(Object.keys(manifest));
  } catch {
    return [];
  }
}

/**
 * Counts and times every HTTP request of this process — pages, server actions, route handlers and
 * static files alike — at Node's HTTP layer (`http.server.request.start`, then the
 * response's `close`), labelled by the route pattern from Next's build manifest, so
 * that label values stay bounded whatever URLs clients send. Event streams are counted but not
 * timed (they last as long as the reader stays); a response the client abandoned counts with
 * status `aborted`. Called once from instrumentation.ts.
 */
export function recordHttpMetrics(): void {
  const registry = globalThis as { [INSTALLED]?: boolean };
  if (registry[INSTALLED]) return;
  registry[INSTALLED] = true;
  const patterns = loadRoutePatterns();
  const metrics = appMetrics();
  subscribe("http.server.request.start", (message) => {
    const { request, response } = message as { request: IncomingMessage; response: ServerResponse };
    const method = request.method ?? "GET";
    const route = routeLabel((request.url ?? "/").split("?")[0], patterns);
    const at = process.hrtime.bigint();
    metrics.httpInFlight.inc();
    // "close" fires for finished and for abandoned responses alike.
    response.once("close", () => {
      metrics.httpInFlight.dec();
      const status = response.writableFinished ? String(response.statusCode) : "aborted";
      metrics.httpRequests.inc({ method, route, status });
      if (String(response.getHeader("content-type") ?? "").startsWith("text/event-stream")) return;
      metrics.httpDuration.observe({ method, route }, Number(process.hrtime.bigint() - at) / 1e9);
    });
  });
}
