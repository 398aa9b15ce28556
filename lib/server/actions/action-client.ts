import "server-only";
import type { z } from "zod";
import type { ActionResult } from "@/lib/dto/app-error";
import { canAttempt, type PolicyAction } from "@/lib/policy/policy";
import { getCurrentUser, type CurrentUser } from "@/lib/server/auth/current-user";
import { policyError } from "@/lib/server/auth/policy-refusal";
import { databaseFaultError, noteDatabaseReachable } from "@/lib/server/db/database-outage";
import type { AppError, Result } from "@/lib/server/errors";
import { logger } from "@/lib/server/logger";
import { forbiddenKeyErrors } from "@/lib/validations/forbidden-keys";
import { describeFieldErrors, zodFieldErrors } from "@/lib/validations/zod-errors";

export type { ActionResult };

type ActionOptions<S> = {
  /**
   * What the action does, as the policy names it. The wrapper asks `canAttempt` (signed in,
   * active, one-time password changed unless the action is changing it, role); the use case asks
   * `can` about the record itself.
   */
  action: PolicyAction;
  schema: S;
};

const SESSION_ENDED: AppError = { code: "unauthenticated", message: "Your session has ended. Sign in again." };

/**
 * Builds a server action that checks the session and asks the policy about `options.action`
 * (a one-time password must be replaced first, a role may not be enough); refuses `__proto__`/`constructor`/`prototype` keys anywhere in the
 * input (as unknown fields), validates it with the given zod schema (shared with the form), then
 * runs the use case. While the database is unreachable the form gets "the desk is reconnecting"
 * (code `unavailable`; logged once per outage); other unexpected failures are logged and
 * reported as a plain message.
 *
 * React's action decoder already deletes `__proto__` keys before this runs, so of the three
 * only `constructor` and `prototype` can reach the check here (the JSON API sees all three).
 */
export function authedAction<S extends z.ZodType, T>(options: ActionOptions<S>, run: (input: z.infer<S>, actor: CurrentUser) => Promise<Result<T>>) {
  return async (input: z.input<S>): Promise<ActionResult<T>> => {
    try {
      const actor = await getCurrentUser();
      if (!actor) return { ok: false, error: SESSION_ENDED };
      noteDatabaseReachable();
      const decision = canAttempt(actor, options.action);
      if (!decision.ok) return { ok: false, error: policyError(decision) };
      const forbidden = forbiddenKeyErrors(input);
      if (forbidden) return { ok: false, error: { code: "invalid", message: describeFieldErrors(forbidden), fieldErrors: forbidden } };
      const parsed = options.schema.safeParse(input);
      if (!parsed.success) {
        const fieldErrors = zodFieldErrors(parsed.error);
        return { ok: false, error: { code: "invalid", message: describeFieldErrors(fieldErrors), fieldErrors } };
      }
      return await run(parsed.data, actor);
    } catch (error) {
      // Next's redirect()/notFound() are thrown on purpose; let them through.
      if (error instanceof Error && "digest" in error && typeof error.digest === "string" && error.digest.startsWith("NEXT_")) throw error;
      const databaseFault = databaseFaultError(error, { action: options.action });
      if (databaseFault) return { ok: false, error: databaseFault.error };
      logger.error({ err: error }, "unhandled server action error");
      return { ok: false, error: { code: "invalid", message: "Something went wrong on our side. Reload the page to see what was saved, then try again." } };
    }
  };
}
