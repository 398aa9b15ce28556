/**
 * How long an idle keep-alive connection is kept open, by the app and by the load balancer in
 * front of it. A proxy that reuses an upstream connection the app has just closed gets a reset
 * and answers 502 (a non-idempotent POST is not retried), so the app must always keep idle
 * connections longer than the proxy does. Node's own default (5 s) is shorter than most proxies'
 * (nginx 60 s, cloud load balancers 60–350 s).
 */
export const APP_KEEP_ALIVE_TIMEOUT_MS = 65_000;

/** The generated nginx upstream's `keepalive_timeout`: well inside {@link APP_KEEP_ALIVE_TIMEOUT_MS}. */
export const UPSTREAM_KEEPALIVE_TIMEOUT_S = 30;

/** Arguments of `next start` that apply {@link APP_KEEP_ALIVE_TIMEOUT_MS}. */
export function keepAliveArgs(): string[] {
  return ["--keepAliveTimeout", String(APP_KEEP_ALIVE_TIMEOUT_MS)];
}
