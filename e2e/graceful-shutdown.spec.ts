import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import net from "node:net";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { seedUser } from "./support/database";
import { signIn } from "./support/sign-in";

/**
 * A production instance of its own (the app is built: `npm test` built it) on the test database,
 * stopped with SIGTERM while a browser's live stream is open and a save is still uploading:
 * readiness turns 503 at once, the stream is told to reconnect and closes, the save completes,
 * new connections are refused, and the process exits 0 within its time limit. Also checks the
 * token-protected metrics of that instance.
 */
const METRICS_TOKEN = "graceful-shutdown-metrics-token";
const root = process.cwd();

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function startInstance(port: number): Promise<{ child: ChildProcess; output: () => string; exited: Promise<number | null> }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-shutdown-"));
  const env = {
    ...process.env,
    PORT: String(port),
    FACTDESK_DATA_DIR: dataDir,
    FACTDESK_SHUTDOWN_TIMEOUT_MS: "15000",
    FACTDESK_SHUTDOWN_DRAIN_DELAY_MS: "1500",
    FACTDESK_METRICS_TOKEN: METRICS_TOKEN,
  };
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], { env, cwd: root, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Instance on ${port} did not start:\n${output}`)), 180_000);
    void exited.then((code) => reject(new Error(`Instance on ${port} exited (${code}):\n${output}`)));
    const poll = setInterval(() => {
      if (!output.includes("Factdesk is running at")) return;
      clearInterval(poll);
      clearTimeout(timer);
      resolve({ child, output: () => output, exited });
    }, 200);
  });
}

/** GET with a fresh connection; resolves with status and body, or the connection error's code. */
function get(port: number, pathname: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string } | { error: string }> {
  return new Promise((resolve) => {
    const request = http.get({ host: "127.0.0.1", port, path: pathname, headers, agent: false }, (response) => {
      let body = "";
      response.on("data", (chunk) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on("error", (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
  });
}

test("SIGTERM drains the instance: ready 503 at once, live streams told to reconnect, the save in flight completes, exit 0", async ({ browser }) => {
  test.setTimeout(300_000);
  const port = await freePort();
  const instance = await startInstance(port);
  try {
    const editor = await seedUser("editor");
    const context = await browser.newContext({ baseURL: `http://localhost:${port}` });
    const page = await context.newPage();
    await signIn(page, editor);
    const cookie = (await context.cookies()).map((entry) => `${entry.name}=${entry.value}`).join("; ");

    // Metrics: hidden behind the token, labelled by route pattern.
    expect(await get(port, "/metrics")).toMatchObject({ status: 401 });
    const metrics = await get(port, "/metrics", { authorization: `Bearer ${METRICS_TOKEN}` });
    expect(metrics).toMatchObject({ status: 200 });
    const metricsText = "body" in metrics ? metrics.body : "";
    // Pages and server actions are counted by route pattern (the sign-in form posts to /sign-in).
    expect(metricsText).toMatch(/factdesk_http_requests_total\{method="GET",route="\/my-work",status="200"\} \d+/);
    expect(metricsText).toMatch(/factdesk_http_requests_total\{method="POST",route="\/sign-in",status="200"\} \d+/);
    expect(metricsText).toMatch(/factdesk_http_request_duration_seconds_bucket\{[^}]*route="\/my-work"[^}]*\}/);
    expect(metricsText).toContain("factdesk_db_pool_connections");

    // A live stream, as a browser holds it.
    let streamText = "";
    const streamEnded = new Promise<void>((resolve) => {
      http.get({ host: "127.0.0.1", port, path: "/api/events", headers: { cookie, accept: "text/event-stream" }, agent: false }, (response) => {
        response.on("data", (chunk) => (streamText += chunk));
        response.on("end", () => resolve());
        response.on("error", () => resolve());
      });
    });
    await expect.poll(() => streamText).toContain("event: hello");
    // This stream, and the signed-in page's own (the header's live bell).
    const openStreams = await get(port, "/metrics", { authorization: `Bearer ${METRICS_TOKEN}` });
    const streamCount = Number(/factdesk_sse_streams_open (\d+)/.exec("body" in openStreams ? openStreams.body : "")?.[1] ?? 0);
    expect(streamCount).toBeGreaterThanOrEqual(1);

    // A save whose body is still uploading when the signal comes.
    const title = `Saved during shutdown ${Date.now()}`;
    const body = JSON.stringify({ title, text: "The minister said taxes fell by 3.5 percent." });
    const save = http.request({
      host: "127.0.0.1",
      port,
      method: "POST",
      path: "/api/articles",
      agent: false,
      headers: { cookie, origin: `http://localhost:${port}`, "sec-fetch-site": "same-origin", "content-type": "application/json", "content-length": Buffer.byteLength(body) },
    });
    const saved = new Promise<{ status: number; body: string }>((resolve, reject) => {
      save.on("response", (response) => {
        let text = "";
        response.on("data", (chunk) => (text += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body: text }));
      });
      save.on("error", reject);
    });
    save.write(body.slice(0, 10));
    await new Promise((resolve) => setTimeout(resolve, 300));

    const signalled = Date.now();
    instance.child.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await get(port, "/api/health/ready")).toMatchObject({ status: 503, body: expect.stringContaining("shutting_down") });
    expect(await get(port, "/api/health/live")).toMatchObject({ status: 200 });

    await streamEnded;
    expect(streamText).toMatch(/retry: \d+/);
    expect(streamText.lastIndexOf("retry:")).toBeGreaterThan(streamText.indexOf("event: hello"));
    expect(await get(port, "/api/health/live")).toEqual({ error: "ECONNREFUSED" });

    save.end(body.slice(10));
    const answer = await saved;
    expect(answer.status).toBe(201);
    expect(JSON.parse(answer.body)).toMatchObject({ title });

    expect(await instance.exited).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(15_000);
    expect(instance.output()).toContain("shut down cleanly");
    await context.close();
  } finally {
    if (instance.child.exitCode === null) instance.child.kill("SIGKILL");
  }
});
