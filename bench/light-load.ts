/**
 * What the "heavy work" benchmarks (large-body, pdf) share: a plain HTTP server in this process,
 * and an open-loop load of light requests from another thread, timed on that thread's clock.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { Worker } from "node:worker_threads";

/** The p-th percentile of `values` (nearest rank). */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** A route of the bench server: the request, with its body read. */
export type BenchHandler = (request: { url: string; body: string }) => Promise<{ status?: number; body: string | Uint8Array }>;

/** Serves `routes` (by path, query ignored) on a loopback port. */
export function startServer(routes: Record<string, BenchHandler>): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const handler = routes[(request.url ?? "/").split("?")[0]];
    if (!handler) {
      response.statusCode = 404;
      response.end();
      return;
    }
    try {
      const answer = await handler({ url: request.url ?? "/", body: Buffer.concat(chunks).toString("utf8") });
      response.statusCode = answer.status ?? 200;
      response.end(answer.body);
    } catch (error) {
      response.statusCode = 500;
      response.end(String(error));
    }
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) });
    }),
  );
}

// The load generator runs on its own thread: when the server's thread is blocked, its clock and
// requests keep going (open loop: one light request every 50 ms, whether or not the last came back).
const LOAD_GENERATOR = `
const { parentPort, workerData } = require("node:worker_threads");
const latencies = [];
let stop = false;
parentPort.on("message", () => (stop = true));
const inFlight = new Set();
const timer = setInterval(() => {
  if (stop) {
    clearInterval(timer);
    Promise.all(inFlight).then(() => parentPort.postMessage(latencies));
    return;
  }
  const started = performance.now();
  // A request that fails (connect timeout while the server is blocked) counts with the time it waited.
  const request = fetch(workerData.url)
    .then((response) => response.text())
    .catch(() => undefined)
    .then(() => latencies.push(performance.now() - started));
  inFlight.add(request);
  request.finally(() => inFlight.delete(request));
}, 50);
`;

/** Latencies (ms) of light GETs of `url` from a separate thread while `during()` runs (the load is up first). */
export async function lightLatencies(url: string, during: () => Promise<unknown>): Promise<number[]> {
  const generator = new Worker(LOAD_GENERATOR, { eval: true, workerData: { url } });
  const result = new Promise<number[]>((resolve) => generator.once("message", resolve));
  await new Promise((resolve) => generator.once("online", resolve));
  await new Promise((resolve) => setTimeout(resolve, 200));
  await during();
  generator.postMessage("stop");
  const latencies = await result;
  await generator.terminate();
  return latencies;
}

// The heavy request's client runs on its own thread too, as a real client runs elsewhere: reading a
// 5 MB PDF answer (or sending a 2 MB body) is the client's work, not the server's.
const HEAVY_CLIENT = `
const { parentPort, workerData } = require("node:worker_threads");
fetch(workerData.url, workerData.init)
  .then(async (response) => parentPort.postMessage({ status: response.status, bytes: (await response.arrayBuffer()).byteLength }))
  .catch((error) => parentPort.postMessage({ status: 0, bytes: 0, error: String(error) }));
`;

/**
 * One request to `url` (method, headers and a text body in `init`) made from a separate thread,
 * as a client elsewhere would: its status and the size of its answer.
 */
export async function requestFromThread(url: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<{ status: number; bytes: number; error?: string }> {
  const client = new Worker(HEAVY_CLIENT, { eval: true, workerData: { url, init } });
  try {
    return await new Promise((resolve, reject) => {
      client.once("message", resolve);
      client.once("error", reject);
    });
  } finally {
    await client.terminate();
  }
}

/** Resolves after `ms`. */
export const pause = (ms: number) => () => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Idle p95 of light GETs of `lightUrl`, then their p95 while `heavy()` runs; and how long it took
 * (the median run). With `rounds` > 1, `heavy()` runs that many times and the light requests of
 * every run are pooled (the idle ones over as long): on a shared machine one run's p95 is its
 * third-slowest request or so, at the mercy of whatever else the machine did at that moment.
 */
export async function p95DuringHeavy(lightUrl: string, heavy: () => Promise<unknown>, rounds = 1): Promise<{ idle: number; busy: number; heavyMs: number; samples: number }> {
  await lightLatencies(lightUrl, pause(500)); // warm up
  const idle: number[] = [];
  const during: number[] = [];
  const heavyTimes: number[] = [];
  for (let round = 0; round < rounds; round++) {
    idle.push(...(await lightLatencies(lightUrl, pause(3_000))));
    during.push(
      ...(await lightLatencies(lightUrl, async () => {
        const started = performance.now();
        await heavy();
        heavyTimes.push(performance.now() - started);
      })),
    );
  }
  return { idle: percentile(idle, 95), busy: percentile(during, 95), heavyMs: percentile(heavyTimes, 50), samples: during.length };
}
