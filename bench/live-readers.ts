/**
 * The live benchmark's readers, in their own process (as browsers would be): opens `count` SSE
 * streams, reports "ready" once every stream is live, and on "report" sends back when each
 * change arrived (epoch milliseconds, comparable with the parent's clock).
 */
import { SseParser } from "../lib/live/sse-frame";

type Start = { urls: string[]; count: number };

const now = () => performance.timeOrigin + performance.now();
const received: Record<string, number[]> = {};
const aborts: AbortController[] = [];
let ready = 0;

async function read(url: string): Promise<void> {
  const abort = new AbortController();
  aborts.push(abort);
  const response = await fetch(url, { signal: abort.signal });
  const parser = new SseParser();
  const decoder = new TextDecoder();
  const reader = response.body!.getReader();
  try {
    for (;;) {
      const { done, value: chunk } = await reader.read();
      if (done) break;
      const at = now();
      for (const frame of parser.push(decoder.decode(chunk, { stream: true }))) {
        if (frame.event === "hello" && ++ready === total) process.send!({ kind: "ready" });
        if (frame.event === "change") (received[frame.id!] ??= []).push(at);
      }
    }
  } catch {
    // aborted when the parent asks for the report
  }
}

let total = 0;
process.on("message", (message: Start | { kind: "report" }) => {
  if ("kind" in message) {
    for (const abort of aborts) abort.abort();
    process.send!({ kind: "report", received }, () => process.exit(0));
    return;
  }
  total = message.count;
  for (let index = 0; index < message.count; index++) void read(message.urls[index % message.urls.length]);
});
