import "server-only";
import { getAppConfig } from "@/lib/config/app-config";
import { logger } from "@/lib/server/logger";
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
    });
  }
  return globalForLive.factdeskLiveHub;
}
