import type { AppError, AppErrorCode } from "@/lib/dto/app-error";

export type { AppError, AppErrorCode } from "@/lib/dto/app-error";

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
  password_change_required: 403,
  not_found: 404,
  invalid: 400,
  conflict: 409,
  merge_conflict: 409,
  precondition_failed: 412,
  precondition_required: 428,
  throttled: 429,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  unavailable: 503,
  timeout: 504,
};
