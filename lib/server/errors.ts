/**
 * Expected failures of the data layer, returned as values. Route handlers map `code` to an HTTP
 * status; server actions hand `message` to the form.
 */
export type AppErrorCode =
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "invalid"
  | "conflict"
  | "merge_conflict"
  | "precondition_failed"
  | "precondition_required"
  | "throttled"
  | "payload_too_large"
  | "unprocessable";

export type AppError = {
  code: AppErrorCode;
  message: string;
  /** Field-level problems, keyed by dotted path (`fields.speaker`). */
  fieldErrors?: Record<string, string>;
  /** Extra machine-readable details (e.g. the current version on a conflict). */
  details?: Record<string, unknown>;
};

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: AppErrorCode, message: string, extra: Omit<AppError, "code" | "message"> = {}): { ok: false; error: AppError } => ({
  ok: false,
  error: { code, message, ...extra },
});

/** Same message for missing and not-yours, so ids can't be probed. */
export const notFound = (what: string) => fail("not_found", `${what} not found`);

export const HTTP_STATUS: Record<AppErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  invalid: 400,
  conflict: 409,
  merge_conflict: 409,
  precondition_failed: 412,
  precondition_required: 428,
  throttled: 429,
  payload_too_large: 413,
  unprocessable: 422,
};
