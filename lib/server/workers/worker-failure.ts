import "server-only";
import { WorkerQueueFullError, WorkerTaskCancelledError, WorkerTimeoutError } from "@/lib/async/worker-pool";
import { fail, type AppError } from "@/lib/server/errors";

/** How long a client refused by a full worker queue is asked to wait (Retry-After). */
export const WORKERS_BUSY_RETRY_AFTER_SECONDS = 5;

/** The user's words for what ran off the request thread. */
export type WorkerFailureWords = {
  /** "The PDF report" — the subject of "took longer than 25 s". */
  what: string;
  /** What the person can do instead when it took too long. */
  tooLongHint: string;
};

/**
 * An expected failure of work run on a worker pool, as the error to show: past its time limit
 * (504 `timeout`, the worker was replaced), refused because every worker is busy and the line is
 * full (503 `unavailable` with `details.retryAfterSeconds`), or cancelled by the client leaving.
 * Anything else is null: unexpected, for the caller to rethrow.
 */
export function workerFailure(error: unknown, words: WorkerFailureWords): { ok: false; error: AppError } | null {
  if (error instanceof WorkerTimeoutError) {
    const seconds = Math.round(error.limitMs / 100) / 10;
    return fail("timeout", `${words.what} took longer than ${seconds} s and was stopped. ${words.tooLongHint}`, { details: { limitMs: error.limitMs } });
  }
  if (error instanceof WorkerQueueFullError) {
    return fail("unavailable", `The desk is busy with other large work right now, so ${lowerFirst(words.what)} was not started. Try again in a few seconds.`, {
      details: { retryAfterSeconds: WORKERS_BUSY_RETRY_AFTER_SECONDS },
    });
  }
  if (error instanceof WorkerTaskCancelledError) return fail("unavailable", `${words.what} was cancelled.`);
  return null;
}

function lowerFirst(text: string): string {
  return /^The /.test(text) ? `the ${text.slice(4)}` : text;
}
