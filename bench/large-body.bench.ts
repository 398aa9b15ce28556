/**
 * `npm run bench -- large-body`: how much a 2 MB article POST slows every other request of the
 * instance. A plain HTTP server in this process answers light requests (`GET /light`: a small
 * JSON answer, like an ordinary API read) and one heavy `POST /article` (2 MB of
 * HTML built into an article body), first on the main thread as before, then through the
 * worker pool as the app now does. Prints the light requests' p95 during each heavy POST against
 * their idle p95 measured in the same run (goal: ≤ 2× with the worker pool).
 * Run with the react-server condition (bench/run.ts does): it loads server-only modules.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { Worker } from "node:worker_threads";
import { buildArticleBody } from "../lib/articles/build-article-body";
import { buildArticleBodyOffThread } from "../lib/server/articles/build-article-body-off-thread";
import { articleWorkerPool } from "../lib/server/workers/worker-pools";

function twoMegabyteHtml(): string {
  const para = '<p>The minister said taxes fell by <b>3.5 percent</b> last year, according to <a href="https://example.org/x">the report</a>. Critics disagreed!</p>\n';
  let html = "";
  while (html.length < 2_000_000) html += para;
  return html;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function readBody(request: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function startServer(heavy: (html: string) => Promise<unknown>): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer(async (request, response) => {
    if (request.url === "/light") {
      response.end(JSON.stringify({ ok: true, at: Date.now() }));
      return;
    }
    const { html } = JSON.parse(await readBody(request)) as { html: string };
    await heavy(html);
    response.end("done");
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
  const request = fetch(workerData.url + "/light")
    .then((response) => response.text())
    .catch(() => undefined)
    .then(() => latencies.push(performance.now() - started));
  inFlight.add(request);
  request.finally(() => inFlight.delete(request));
}, 50);
`;

/** Light requests' latencies (ms) from a separate thread, while `during()` runs (the generator is up first). */
async function lightLatencies(url: string, during: () => Promise<unknown>): Promise<number[]> {
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

async function measure(label: string, heavy: (html: string) => Promise<unknown>, html: string): Promise<{ idle: number; busy: number; heavyMs: number }> {
  const server = await startServer(heavy);
  try {
    const pause = (ms: number) => () => new Promise((resolve) => setTimeout(resolve, ms));
    await lightLatencies(server.url, pause(500)); // warm up
    const idle = percentile(await lightLatencies(server.url, pause(2_000)), 95);
    let heavyMs = 0;
    const busy = percentile(
      await lightLatencies(server.url, async () => {
        const started = performance.now();
        await fetch(`${server.url}/article`, { method: "POST", body: JSON.stringify({ html }), headers: { "content-type": "application/json" } }).then((response) => response.text());
        heavyMs = performance.now() - started;
      }),
      95,
    );
    console.log(`${label.padEnd(28)} light p95 idle ${idle.toFixed(1)} ms, during the 2 MB POST ${busy.toFixed(1)} ms (${(busy / idle).toFixed(1)}×); the POST took ${(heavyMs / 1000).toFixed(1)} s`);
    return { idle, busy, heavyMs };
  } finally {
    await server.close();
  }
}

export async function runLargeBodyBench(): Promise<void> {
  const html = twoMegabyteHtml();
  const pool = articleWorkerPool();
  if (!pool) throw new Error("FACTDESK_BODY_WORKERS is 0: nothing to compare");
  pool.warm();
  await buildArticleBodyOffThread({ html: html.slice(0, 70_000) }); // the worker has loaded its modules
  const inline = await measure("main thread (before)", async (body) => buildArticleBody({ html: body }), html);
  const offThread = await measure("worker pool (now)", (body) => buildArticleBodyOffThread({ html: body }), html);
  console.log(
    `\nGoal ≤ 2× idle p95 during a 2 MB POST: ${offThread.busy / offThread.idle <= 2 ? "met" : "NOT met"} (${(offThread.busy / offThread.idle).toFixed(1)}× now, ${(inline.busy / inline.idle).toFixed(1)}× before)`,
  );
  await pool.close();
}

await runLargeBodyBench();
