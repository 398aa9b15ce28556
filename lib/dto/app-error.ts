/**
 * Expected failures of the data layer, returned as values. Route handlers map `code` to an HTTP
 * status; server actions hand `message` to the form. (Client-safe: forms show these.)
 */
export type AppErrorCode =
  | "unauthenticated"
  | "forbidden"
  | "password_change_required"
  | "not_found"
  | "invalid"
  | "conflict"
  | "merge_conflict"
  | "precondition_failed"
  | "precondition_required"
  | "throttled"
  | "payload_too_large"
  | "unsupported_media_type"
  | "unprocessable"
  /** The database is unreachable (an outage or a restart): try again shortly. */
  | "unavailable"
  /** The request or one of its statements ran past its time limit. */
  | "timeout";

export type AppError = {
  code: AppErrorCode;
  message: string;
  /** Field-level problems, keyed by dotted path (`fields.speaker`). */
  fieldErrors?: Record<string, string>;
  /** Extra machine-readable details (e.g. the current version on a conflict). */
  details?: Record<string, unknown>;
};

/** What every server action returns to its form: a value, or an error the UI shows. */
export type ActionResult<T> = { ok: true; value: T } | { ok: false; error: AppError };
