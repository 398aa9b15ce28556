/**
 * `npm run bench -- large-body`: how much a 2 MB article POST slows every other request of the
 * instance. A plain HTTP server in this process answers light requests (`GET /light`: a small
 * article body built inline, like an ordinary API call) and one heavy `POST /article` (2 MB of
 * HTML built into an article body), first on the main thread as before, then through the
 * worker pool as the app now does. Prints the light requests' p95 during each heavy POST against
 * their idle p95 measured in the same run (goal: ≤ 2× with the worker pool).
 * Run with the react-server condition (bench/run.ts does): it loads server-only modules.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { buildArticleBody } from "../lib/articles/build-article-body";
import { bodyWorkerPool, buildArticleBodyOffThread } from "../lib/server/articles/build-article-body-off-thread";

const LIGHT_BODY = { html: "<p>The minister said taxes fell by <b>3.5 percent</b>.</p>" };

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
      buildArticleBody(LIGHT_BODY);
      response.end("ok");
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

/** Light requests, one after another, every 20 ms, until `until` resolves; their latencies in ms. */
async function lightLatencies(url: string, until: Promise<unknown> | number): Promise<number[]> {
  const latencies: number[] = [];
  let done = false;
  if (typeof until === "number") setTimeout(() => (done = true), until);
  else void until.then(() => (done = true));
  while (!done) {
    const started = performance.now();
    await fetch(`${url}/light`).then((response) => response.text());
    latencies.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return latencies;
}

async function measure(label: string, heavy: (html: string) => Promise<unknown>, html: string): Promise<{ idle: number; busy: number; heavyMs: number }> {
  const server = await startServer(heavy);
  try {
    await lightLatencies(server.url, 500); // warm up
    const idle = percentile(await lightLatencies(server.url, 2_000), 95);
    const started = performance.now();
    const post = fetch(`${server.url}/article`, { method: "POST", body: JSON.stringify({ html }), headers: { "content-type": "application/json" } }).then((response) => response.text());
    await new Promise((resolve) => setTimeout(resolve, 50));
    const busy = percentile(await lightLatencies(server.url, post), 95);
    const heavyMs = performance.now() - started;
    console.log(`${label.padEnd(28)} light p95 idle ${idle.toFixed(1)} ms, during the 2 MB POST ${busy.toFixed(1)} ms (${(busy / idle).toFixed(1)}×); the POST took ${(heavyMs / 1000).toFixed(1)} s`);
    return { idle, busy, heavyMs };
  } finally {
    await server.close();
  }
}

export async function runLargeBodyBench(): Promise<void> {
  const html = twoMegabyteHtml();
  const pool = bodyWorkerPool();
  if (!pool) throw new Error("FACTDESK_BODY_WORKERS is 0: nothing to compare");
  pool.warm();
  await buildArticleBodyOffThread({ html: html.slice(0, 70_000) }); // the worker has loaded its modules
  const inline = await measure("main thread (before)", async (body) => buildArticleBody({ html: body }), html);
  const offThread = await measure("worker pool (now)", (body) => buildArticleBodyOffThread({ html: body }), html);
  console.log(`\nGoal ≤ 2× idle p95 during a 2 MB POST: ${offThread.busy / offThread.idle <= 2 ? "met" : "NOT met"} (${(offThread.busy / offThread.idle).toFixed(1)}× now, ${(inline.busy / inline.idle).toFixed(1)}× before)`);
  await pool.close();
}

await runLargeBodyBench();
