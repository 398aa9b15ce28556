import { STATUS_CODES } from "node:http";
import type { FetchFailure } from "../import/fetch-resource";
import { formatBytes } from "../import/import-result";

/** Why archiving (or checking) a URL failed. */
export type ArchiveErrorCode = "refused_address" | "timeout" | "too_large" | "http_error" | "network_error" | "invalid_url" | "too_many_redirects" | "stalled";

/** Why a request the sweep gave up on failed: its job was lost (an instance stopped, the job expired) each time. */
export function stalledArchiveMessage(requeues: number): string {
  return `Archiving never finished: its background job was lost ${requeues + 1} ${requeues === 0 ? "time" : "times"} (a server restarted or the job expired). Retry archiving.`;
}

/** A failed fetch as the archive records it; `transient` ones are worth retrying later. */
export type ArchiveFailure = {
  code: ArchiveErrorCode;
  message: string;
  transient: boolean;
  httpStatus: number | null;
  finalUrl: string | null;
};

/** Statuses that say "try again later" rather than "this is gone". */
const TRANSIENT_STATUSES = new Set([408, 425, 429, 500, 502, 503, 504]);

/**
 * Words a fetch failure for the evidence card and decides whether it is transient: timeouts,
 * dropped connections and 5xx/429 answers are retried; a refused address, a 404, a page over the
 * size limit or a bad address are recorded at once.
 */
export function archiveFailure(error: FetchFailure, limits: { maxBytes: number; timeoutMs: number }): ArchiveFailure {
  const base = { httpStatus: error.status ?? null, finalUrl: error.url ?? null };
  switch (error.code) {
    case "refused_address":
      return { ...base, code: "refused_address", transient: false, message: error.message.replace("can't import from", "can't archive") };
    case "timeout":
      return { ...base, code: "timeout", transient: true, message: `The site took too long to respond (the limit is ${Math.round(limits.timeoutMs / 100) / 10} seconds).` };
    case "too_large":
      return { ...base, code: "too_large", transient: false, message: `The page is larger than the archive's limit of ${formatBytes(limits.maxBytes)}.` };
    case "http_error": {
      const status = error.status ?? 0;
      return { ...base, code: "http_error", transient: TRANSIENT_STATUSES.has(status), message: `The site answered ${status} ${STATUS_CODES[status] ?? "Error"}.` };
    }
    case "too_many_redirects":
      return { ...base, code: "too_many_redirects", transient: false, message: error.message.replace("was not imported", "was not archived") };
    case "invalid_url":
      return { ...base, code: "invalid_url", transient: false, message: error.message.replace("can't be imported", "can't be archived") };
    default:
      return { ...base, code: "network_error", transient: true, message: error.message };
  }
}
