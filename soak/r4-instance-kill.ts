/**
 * R4: one app instance is killed with SIGKILL under write load → the load balancer routes around
 * it, no acknowledged write is lost, and live-event readers resume on another instance (with
 * Last-Event-ID) without missing an event.
 */
import { randomUUID } from "node:crypto";
import { SseParser } from "@/lib/live/sse-frame";
import type { RunningCluster } from "../scripts/cluster-runner";
import { soakRequest } from "./soak-http";
import { claimBody, type ScenarioResult, type SoakContext } from "./soak-context";
import { createSoakArticle } from "./soak-setup";
import { missingAnnotations } from "./soak-verify";

type Reader = { seen: string; reconnects: number; stop: () => void };

/** Follows /api/events of one article, reconnecting with Last-Event-ID whenever the stream breaks. */
function follow(context: SoakContext, token: string, articleId: string): Reader {
  const controller = new AbortController();
  const reader: Reader = { seen: "", reconnects: -1, stop: () => controller.abort() };
  const parser = new SseParser();
  void (async () => {
    for (let attempt = 0; attempt < 50 && !controller.signal.aborted; attempt += 1) {
      reader.reconnects += 1;
      try {
        const headers: Record<string, string> = { authorization: `Bearer ${token}`, accept: "text/event-stream" };
        if (parser.lastEventId) headers["last-event-id"] = parser.lastEventId;
        const response = await fetch(`${context.baseUrl}/api/events?articleId=${articleId}`, { headers, signal: controller.signal });
        if (response.ok && response.body) {
          const decoder = new TextDecoder();
          const body = response.body.getReader();
          for (;;) {
            const { done, value } = await body.read();
            if (done) break;
            for (const frame of parser.push(decoder.decode(value, { stream: true }))) reader.seen += frame.data;
          }
        }
      } catch {
        // The instance died or the stream was cut: resume below.
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  })();
  return reader;
}

/**
 * `retryBudgetMs`: how long a writer keeps retrying one create, beyond the idempotency takeover
 * of a create left pending on the killed instance (twice the cluster's request time limit).
 */
export async function instanceKill(context: SoakContext, cluster: RunningCluster, writers: number, readerCount: number, retryBudgetMs: number): Promise<ScenarioResult> {
  const articleId = await createSoakArticle(context, "R4 instance killed");
  const readers = Array.from({ length: readerCount }, (_, i) => follow(context, context.editors[i % context.editors.length].token, articleId));
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  const acknowledged: string[] = [];
  const failures: string[] = [];
  let retries = 0;
  let n = 0;
  const stopAt = Date.now() + 8_000;
  const writer = async (editor: (typeof context.editors)[number]) => {
    for (let i = 0; i < 1_000 && Date.now() < stopAt; i += 1) {
      const key = randomUUID();
      const body = claimBody(n++);
      // Retried with the same key as a careful client would: on a cut connection, a 502/503/504, or a
      // 409 with Retry-After (the first try is still pending on the killed instance until taken over).
      const giveUpAt = Date.now() + retryBudgetMs;
      for (;;) {
        const response = await soakRequest(context.baseUrl, `/api/articles/${articleId}/annotations`, {
          method: "POST",
          token: editor.token,
          body,
          headers: { "idempotency-key": key },
          timeoutMs: 15_000,
        });
        if (response.status === 201) {
          acknowledged.push((response.json as { id: string }).id);
          break;
        }
        const retryable = [0, 502, 503, 504].includes(response.status) || (response.status === 409 && response.headers.has("retry-after"));
        if (!retryable || Date.now() > giveUpAt) {
          failures.push(`${response.status} ${response.error ?? JSON.stringify(response.json).slice(0, 120)}`);
          break;
        }
        retries += 1;
        await new Promise((resolve) => setTimeout(resolve, response.status === 409 ? 1_000 : 200));
      }
    }
  };
  const load = Promise.all(context.editors.slice(0, writers).map(writer));
  await new Promise((resolve) => setTimeout(resolve, 2_500));
  cluster.kill(1, "SIGKILL");
  await load;
  const missing = await missingAnnotations(context, acknowledged);
  const deadline = Date.now() + 15_000;
  const unseen = () => readers.reduce((sum, reader) => sum + acknowledged.filter((id) => !reader.seen.includes(id)).length, 0);
  while (unseen() > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250));
  const missed = unseen();
  for (const reader of readers) reader.stop();
  const reconnects = readers.reduce((sum, reader) => sum + reader.reconnects, 0);
  const ok = missing.length === 0 && failures.length === 0 && missed === 0 && acknowledged.length > 0;
  return {
    name: "R4 instance SIGKILL",
    ok,
    summary: `${acknowledged.length} acknowledged, ${missing.length} lost, ${failures.length} failed, ${retries} client retries; ${readerCount} SSE readers: ${reconnects} reconnects, ${missed} events missed`,
    details: [...failures.slice(0, 5), ...missing.slice(0, 3).map((id) => `lost ${id}`)],
  };
}
