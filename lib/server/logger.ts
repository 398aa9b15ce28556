import "server-only";
import pino from "pino";

/** Structured JSON log lines on stdout; request handlers add `requestId`. */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? "info",
  base: { service: "factdesk" },
  timestamp: pino.stdTimeFunctions.isoTime,
  redact: { paths: ["password", "*.password", "token", "*.token", "authorization", "*.authorization"], remove: true },
});
