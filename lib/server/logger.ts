import "server-only";
import pino from "pino";

/** Names this instance in every line when several run behind a load balancer (`npm run cluster` sets it). */
const instance = process.env.FACTDESK_INSTANCE?.trim();

/** Structured JSON log lines on stdout; request handlers add `requestId`. */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? "info",
  base: instance ? { service: "factdesk", instance } : { service: "factdesk" },
  timestamp: pino.stdTimeFunctions.isoTime,
  redact: { paths: ["password", "*.password", "token", "*.token", "authorization", "*.authorization"], remove: true },
});
