import "server-only";
import { getAppConfig } from "@/lib/config/app-config";
import { logger } from "@/lib/server/logger";
import { appMetrics } from "@/lib/server/metrics/metrics-registry";
import { LiveHub } from "./live-hub";

// One hub per process; kept on globalThis so development hot reloads don't open more connections.
const globalForLive = globalThis as unknown as { factdeskLiveHub?: LiveHub };

/** This app instance's live hub, started on first use. */
export function liveHub(): LiveHub {
  if (!globalForLive.factdeskLiveHub) {
    const config = getAppConfig();
    if (!config.DATABASE_URL) throw new Error("DATABASE_URL is not set: start Factdesk with `npm start`, which provides the embedded database.");
    globalForLive.factdeskLiveHub = new LiveHub({
      connectionString: config.DATABASE_URL,
      pollMs: config.FACTDESK_LIVE_POLL_MS,
      onProblem: (error, context) => logger.warn({ err: error }, `live updates: ${context}`),
      onFanOut: (event) => appMetrics().eventLag.observe(Math.max(0, Date.now() - Date.parse(event.at)) / 1000),
    });
  }
  return globalForLive.factdeskLiveHub;
}

/** Live streams this instance holds open (0 before the hub started). */
export function openLiveStreamCount(): number {
  return globalForLive.factdeskLiveHub?.size ?? 0;
}

/**
 * At shutdown: tells every open stream to reconnect after `retryMs` (to another instance), closes
 * them and the hub's connection. Nothing to do when no stream was ever opened.
 */
export async function stopLiveHub(retryMs: number): Promise<void> {
  const hub = globalForLive.factdeskLiveHub;
  globalForLive.factdeskLiveHub = undefined;
  await hub?.stop({ retryMs });
}
