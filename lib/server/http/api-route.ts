import "server-only";
import type { z } from "zod";
import { withTimeLimit } from "@/lib/async/with-time-limit";
import { getAppConfig } from "@/lib/config/app-config";
import { parseIdempotencyKey } from "@/lib/http/idempotency-key";
import { canAttempt, type PolicyAction } from "@/lib/policy/policy";
import type { Actor } from "@/lib/server/auth/actor";
import { actorFromApiToken } from "@/lib/server/auth/api-tokens";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { policyError } from "@/lib/server/auth/policy-refusal";
import { BUSY_RETRY_AFTER_SECONDS, DATABASE_RETRY_AFTER_SECONDS, databaseFaultError, noteDatabaseReachable } from "@/lib/server/db/database-outage";
import { HTTP_STATUS, type AppError, type Result } from "@/lib/server/errors";
import { logger } from "@/lib/server/logger";
import { forbiddenKeyErrors } from "@/lib/validations/forbidden-keys";
import { describeFieldErrors, zodFieldErrors } from "@/lib/validations/zod-errors";
import { runIdempotent, sweepExpiredIdempotencyRecords } from "./idempotent-request";
import { isJsonContentType } from "./json-media-type";
import { requestIdFrom } from "./request-id";
import { isSameOriginRequest } from "./same-origin";

export type RouteContext<P> = { params: Promise<P> };

export type ApiCall<P> = {
  request: Request;
  actor: Actor;
  params: P;
  requestId: string;
  /** Aborted once the route's time limit has passed or the client has gone: long work can stop. */
  signal: AbortSignal;
};

type Options = {
  /**
   * What the route does, as the policy names it. The wrapper asks `canAttempt` (signed in,
   * active, one-time password changed, role); the use case asks `can` about the record itself.
   */
  action: PolicyAction;
  /**
   * A POST that creates something: an `Idempotency-Key` header makes a repeat return the first
   * answer instead of creating a duplicate (see runIdempotent).
   */
  idempotent?: boolean;
  /** This route's time limit in ms, when it is not FACTDESK_REQUEST_TIMEOUT_MS (read per request). */
  timeLimitMs?: () => number;
};

/**
 * JSON error body every API error uses: `{ "error": { code, message, fieldErrors? } }`. An error
 * that says when to come back (`details.retryAfterSeconds`: busy workers) sends `Retry-After`.
 */
export function errorResponse(error: AppError, requestId: string, headers: HeadersInit = {}): Response {
  const retryAfter = error.details?.retryAfterSeconds;
  const retry: Record<string, string> = typeof retryAfter === "number" ? { "retry-after": String(retryAfter) } : {};
  return Response.json({ error }, { status: HTTP_STATUS[error.code], headers: { "x-request-id": requestId, ...retry, ...headers } });
}

/** Maps a use case's result to a JSON response (200, or `successStatus`). */
export function resultResponse<T>(result: Result<T>, requestId: string, successStatus = 200, headers: HeadersInit = {}): Response {
  if (!result.ok) return errorResponse(result.error, requestId);
  return Response.json(result.value, { status: successStatus, headers: { "x-request-id": requestId, ...headers } });
}

async function resolveCaller(request: Request): Promise<{ caller: Actor | null; viaToken: boolean }> {
  const authorization = request.headers.get("authorization");
  if (authorization?.toLowerCase().startsWith("bearer ")) {
    return { caller: await actorFromApiToken(authorization.slice(7).trim()), viaToken: true };
  }
  return { caller: await getCurrentUser(), viaToken: false };
}

/**
 * Wraps a route handler: request id, authentication (session cookie or personal API token),
 * a cross-site check for cookie-authenticated writes, the policy's verdict on `options.action`
 * (403 `password_change_required` while the user is still on a one-time password, 403
 * `forbidden` for a deactivated account or the wrong role), `Idempotency-Key` on opted-in POSTs,
 * a time limit (FACTDESK_REQUEST_TIMEOUT_MS: 504 `timeout` once it has passed), 503
 * `unavailable` with `Retry-After` while the database is unreachable (logged once per outage) or
 * the request waited past its limit for a connection or its transaction's turn (busy),
 * and logging of anything unexpected. The handler validates its own input with zod and calls
 * the data layer.
 */
export function apiRoute<P = Record<string, never>>(options: Options, handler: (call: ApiCall<P>) => Promise<Response>) {
  return async (request: Request, context: RouteContext<P>): Promise<Response> => {
    const requestId = requestIdFrom(request.headers);
    const limitMs = options.timeLimitMs?.() ?? getAppConfig().FACTDESK_REQUEST_TIMEOUT_MS;
    const expired = new AbortController();
    const signal = AbortSignal.any([request.signal, expired.signal]);
    try {
      const outcome = await withTimeLimit(handleCall(options, handler, request, context, requestId, signal), limitMs);
      if (outcome.finished) return outcome.value;
      expired.abort();
      logger.warn({ requestId, method: request.method, url: request.url, limitMs }, "request ran past its time limit");
      return errorResponse(
        {
          code: "timeout",
          message: `The request took longer than ${Math.round(limitMs / 1000)} s and was stopped waiting. If it was a change, reload to see whether it was saved before trying again.`,
        },
        requestId,
      );
    } catch (error) {
      const databaseFault = databaseFaultError(error, { requestId, method: request.method, url: request.url });
      if (databaseFault) {
        const retryAfter = { unavailable: DATABASE_RETRY_AFTER_SECONDS, busy: BUSY_RETRY_AFTER_SECONDS, timeout: null }[databaseFault.fault];
        const headers: Record<string, string> = retryAfter === null ? {} : { "retry-after": String(retryAfter) };
        return errorResponse({ ...databaseFault.error, message: `${databaseFault.error.message} Reference: ${requestId}` }, requestId, headers);
      }
      logger.error({ err: error, requestId, method: request.method, url: request.url }, "unhandled API error");
      return Response.json({ error: { code: "internal", message: `Something went wrong on our side. Reference: ${requestId}` } }, { status: 500, headers: { "x-request-id": requestId } });
    }
  };
}

async function handleCall<P>(
  options: Options,
  handler: (call: ApiCall<P>) => Promise<Response>,
  request: Request,
  context: RouteContext<P>,
  requestId: string,
  signal: AbortSignal,
): Promise<Response> {
  const { caller, viaToken } = await resolveCaller(request);
  if (!caller) {
    return errorResponse({ code: "unauthenticated", message: "Sign in or send a valid API token (Authorization: Bearer …)" }, requestId, {
      "www-authenticate": 'Bearer realm="factdesk"',
    });
  }
  if (!viaToken && !isSameOriginRequest(request)) {
    return errorResponse({ code: "forbidden", message: "Cross-site request refused" }, requestId);
  }
  // The caller was read from the database, so it is reachable.
  noteDatabaseReachable();
  const decision = canAttempt(caller, options.action);
  if (!decision.ok) return errorResponse(policyError(decision), requestId);
  const params = (await context.params) ?? ({} as P);
  const run = () => handler({ request, actor: caller, params, requestId, signal });
  if (!options.idempotent || request.method !== "POST") return run();

  const parsedKey = parseIdempotencyKey(request.headers.get("idempotency-key"));
  if (!parsedKey.ok) return errorResponse({ code: "invalid", message: parsedKey.message, fieldErrors: { "Idempotency-Key": parsedKey.message } }, requestId);
  if (parsedKey.key === null) return run();
  void sweepExpiredIdempotencyRecords().catch((error: unknown) => logger.warn({ err: error }, "could not sweep expired idempotency records"));
  const body = new Uint8Array(await request.clone().arrayBuffer());
  const outcome = await runIdempotent({ userId: caller.id, key: parsedKey.key, method: request.method, path: new URL(request.url).pathname }, body, run);
  if (outcome.kind === "refused") return errorResponse(outcome.error, requestId, outcome.headers);
  outcome.response.headers.set("x-request-id", requestId);
  return outcome.response;
}

const DEFAULT_BODY_LIMIT = 1_000_000;

const NOT_JSON: AppError = {
  code: "unsupported_media_type",
  message: "Send the request body as JSON, with Content-Type: application/json",
};

/**
 * Reads and validates a JSON body; `ok: false` carries the error to send. A body must be declared
 * as JSON (else 415); an empty one reads as `{}`. `__proto__`, `constructor` and `prototype` keys
 * at any depth are refused as unknown fields before the schema sees the body.
 */
export async function readJson<S extends z.ZodType>(request: Request, schema: S, limitBytes = DEFAULT_BODY_LIMIT): Promise<{ ok: true; data: z.infer<S> } | { ok: false; error: AppError }> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limitBytes) return { ok: false, error: { code: "payload_too_large", message: `Request body is larger than ${limitBytes} bytes` } };
  let text: string;
  try {
    text = await request.text();
  } catch {
    return { ok: false, error: { code: "invalid", message: "Could not read the request body" } };
  }
  if (Buffer.byteLength(text) > limitBytes) return { ok: false, error: { code: "payload_too_large", message: `Request body is larger than ${limitBytes} bytes` } };
  if (text && !isJsonContentType(request.headers.get("content-type"))) return { ok: false, error: NOT_JSON };
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : {};
  } catch {
    return { ok: false, error: { code: "invalid", message: "Request body is not valid JSON" } };
  }
  const forbidden = forbiddenKeyErrors(json);
  if (forbidden) return { ok: false, error: { code: "invalid", message: describeFieldErrors(forbidden), fieldErrors: forbidden } };
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const fieldErrors = zodFieldErrors(parsed.error);
    return { ok: false, error: { code: "invalid", message: describeFieldErrors(fieldErrors), fieldErrors } };
  }
  return { ok: true, data: parsed.data };
}
