import type { AppError, AppErrorCode } from "@/lib/dto/app-error";

export type { AppError, AppErrorCode } from "@/lib/dto/app-error";

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: AppErrorCode, message: string, extra: Omit<AppError, "code" | "message"> = {}): { ok: false; error: AppError } => ({
  ok: false,
  error: { code, message, ...extra },
});

/**
 * Refusal for a user still on an admin-issued one-time password: everything waits until they
 * choose their own (only changing it, and signing out, are allowed), on pages, actions and the API.
 */
export const PASSWORD_CHANGE_REQUIRED: AppError = {
  code: "password_change_required",
  message: "Change your password first: you are still using the one-time password you were given. Sign in to Factdesk in a browser and choose your own.",
};

/** Same message for missing and not-yours, so ids can't be probed. */
export const notFound = (what: string) => fail("not_found", `${what} not found`);

export const HTTP_STATUS: Record<AppErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  password_change_required: 403,
  not_found: 404,
  invalid: 400,
  conflict: 409,
  precondition_failed: 412,
  precondition_required: 428,
  throttled: 429,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
};
