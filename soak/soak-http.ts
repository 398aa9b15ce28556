/** HTTP for the soak suite: real requests to the load balancer with a Bearer token, timed, never throwing. */

export type SoakResponse = { status: number; headers: Headers; json: unknown; ms: number; error?: string };

/** One request; a network failure comes back as status 0 with `error`, not as an exception. */
export async function soakRequest(
  baseUrl: string,
  path: string,
  options: { method?: string; token: string; body?: unknown; headers?: Record<string, string>; timeoutMs?: number },
): Promise<SoakResponse> {
  const started = performance.now();
  const headers: Record<string, string> = { authorization: `Bearer ${options.token}`, ...(options.headers ?? {}) };
  if (options.body !== undefined) headers["content-type"] = "application/json";
  try {
    const response = await fetch(`${baseUrl}${path}`, {
      method: options.method ?? "GET",
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
    });
    const text = await response.text();
    let json: unknown = text;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      // Not JSON (an nginx error page): kept as text.
    }
    return { status: response.status, headers: response.headers, json, ms: performance.now() - started };
  } catch (error) {
    return { status: 0, headers: new Headers(), json: null, ms: performance.now() - started, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Runs `count` tasks with at most `limit` in flight. */
export async function inParallel<T>(count: number, limit: number, task: (index: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const index = next++;
      results[index] = await task(index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, count) }, worker));
  return results;
}

/** The value at quantile `q` (0..1) of `values`. */
export function quantile(values: number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}
