/**
 * A closed-loop HTTP load generator on its own thread (so that a server in the benchmark's own
 * process is not slowed by it): `concurrency` clients send `count` requests in all, each waiting
 * for its answer (read to the end) before the next. Returns every latency in ms.
 */
import { Worker } from "node:worker_threads";

export type LoadRequest = { url: string; method: "GET" | "POST"; headers: Record<string, string>; body?: (index: number) => string };
export type LoadResult = { latencies: number[]; failures: string[]; bytes: number; wallMs: number };

const GENERATOR = `
const { parentPort, workerData } = require("node:worker_threads");
const { url, method, headers, bodies, count, concurrency } = workerData;
const latencies = [];
const failures = [];
let bytes = 0;
let next = 0;
async function client() {
  for (;;) {
    const index = next++;
    if (index >= count) return;
    const started = performance.now();
    try {
      const response = await fetch(url, { method, headers, body: bodies ? bodies[index] : undefined });
      const body = await response.arrayBuffer();
      bytes += body.byteLength;
      if (!response.ok) failures.push(response.status + " " + Buffer.from(body).toString("utf8").slice(0, 200));
    } catch (error) {
      failures.push(String(error));
    }
    latencies.push(performance.now() - started);
  }
}
const wallStart = performance.now();
Promise.all(Array.from({ length: concurrency }, client)).then(() =>
  parentPort.postMessage({ latencies, failures, bytes, wallMs: performance.now() - wallStart }),
);
`;

export async function runLoad(request: LoadRequest, count: number, concurrency: number): Promise<LoadResult> {
  const bodies = request.body ? Array.from({ length: count }, (_, index) => request.body!(index)) : null;
  const worker = new Worker(GENERATOR, { eval: true, workerData: { url: request.url, method: request.method, headers: request.headers, bodies, count, concurrency } });
  try {
    return await new Promise<LoadResult>((resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", reject);
    });
  } finally {
    await worker.terminate();
  }
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
