import type { Actor } from "@/lib/server/auth/actor";
import { createApiToken } from "@/lib/server/auth/api-tokens";

type Handler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;

/** A personal API token for `actor`, as integrations use (route handlers are called directly). */
export async function tokenFor(actor: Actor): Promise<string> {
  const result = await createApiToken(actor, "integration test");
  if (!result.ok) throw new Error(result.error.message);
  return result.value.token;
}

/** Calls a route handler with a Bearer token and a JSON body; returns status, headers and JSON. */
export async function callRoute<P extends Record<string, string>>(
  handler: Handler<P>,
  options: { method: string; token?: string; params?: P; body?: unknown; headers?: Record<string, string>; query?: string },
) {
  const headers: Record<string, string> = { ...(options.headers ?? {}) };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers["content-type"] = "application/json";
  const request = new Request(`http://localhost/api/test${options.query ?? ""}`, {
    method: options.method,
    headers,
    body: options.body === undefined ? undefined : typeof options.body === "string" ? options.body : JSON.stringify(options.body),
  });
  const response = await handler(request, { params: Promise.resolve((options.params ?? {}) as P) });
  const text = await response.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = text;
  }
  // Tests read responses loosely and assert the shape they expect.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the test is the type check here
  return { status: response.status, headers: response.headers, json: json as any };
}
