import type { PolicyDecision, PolicyRefusalCode } from "@/lib/policy/policy";
import type { AppError, AppErrorCode } from "@/lib/server/errors";

/** A refusal of the policy. */
export type PolicyRefusal = Extract<PolicyDecision, { ok: false }>;

const ERROR_CODES: Record<PolicyRefusalCode, AppErrorCode> = {
  unauthenticated: "unauthenticated",
  password_change_required: "password_change_required",
  deactivated: "forbidden",
  role: "forbidden",
  four_eyes: "forbidden",
  not_owner: "forbidden",
};

/**
 * The error a policy refusal reaches the caller as, with the policy's message: 401 for nobody
 * signed in, 403 otherwise; a `forbidden` one says why in `details.refusal`.
 */
export function policyError(refusal: PolicyRefusal): AppError {
  const code = ERROR_CODES[refusal.code];
  return code === "forbidden" ? { code, message: refusal.message, details: { refusal: refusal.code } } : { code, message: refusal.message };
}

/** A use case's failed `Result` for a policy refusal. */
export const refusedBy = (refusal: PolicyRefusal): { ok: false; error: AppError } => ({ ok: false, error: policyError(refusal) });
