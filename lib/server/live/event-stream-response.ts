import "server-only";
import { randomUUID } from "node:crypto";
import { encodeSseComment, encodeSseFrame, encodeSseRetry } from "@/lib/live/sse-frame";
import type { LiveEvent, LiveScope } from "@/lib/live/live-event";
import type { PresenceEntry } from "@/lib/live/presence";
import type { PolicyActor } from "@/lib/policy/policy";
import type { LiveHub, LiveSink, Subscription } from "./live-hub";

/** Headers of every live stream: no caching or transforming proxies, no buffering (nginx). */
export const EVENT_STREAM_HEADERS = {
  "content-type": "text/event-stream; charset=utf-8",
  "cache-control": "no-cache, no-transform",
  "x-accel-buffering": "no",
  connection: "keep-alive",
} as const;

/** "Your notifications changed": the bell refetches its count (no content: only the viewer's own streams get it). */
const INBOX_FRAME = new TextEncoder().encode(encodeSseFrame({ event: "inbox", data: "{}" }));

/** How long a browser waits before reconnecting a dropped stream. */
export const RECONNECT_DELAY_MS = 1_000;

/** Bytes a reader may fall behind before it is dropped (it resumes with Last-Event-ID). */
export const DEFAULT_BUFFER_BYTES = 256 * 1024;

const encoder = new TextEncoder();
// The hub hands every subscriber the same objects: encode each event and presence list once.
const changeFrames = new WeakMap<LiveEvent, Uint8Array>();
const presenceFrames = new WeakMap<PresenceEntry[], Uint8Array>();

function changeFrame(event: LiveEvent): Uint8Array {
  let frame = changeFrames.get(event);
  if (!frame) {
    frame = encoder.encode(encodeSseFrame({ id: event.position, event: "change", data: JSON.stringify(event) }));
    changeFrames.set(event, frame);
  }
  return frame;
}

/**
 * A `text/event-stream` body for one reader, fed by `hub`. Frames: `hello` (the stream is live; its id,
 * for presence updates), `change` (one {@link LiveEvent}, `id:` = its
 * position), `presence` (who is here), `inbox` (the viewer has new notifications), `reset` (reload: too much was missed), and heartbeat
 * comments. A reader more than `bufferBytes` behind is cut off; its browser reconnects and resumes.
 */
export function eventStreamBody(
  hub: LiveHub,
  options: { viewer: PolicyActor; scope: LiveScope; after: bigint | null; signal?: AbortSignal; bufferBytes?: number; presence?: boolean },
): ReadableStream<Uint8Array> {
  const bufferBytes = options.bufferBytes ?? DEFAULT_BUFFER_BYTES;
  const streamId = randomUUID();
  let subscription: Subscription | null = null;
  let closed = false;
  let controllerRef: ReadableStreamDefaultController<Uint8Array>;

  const finish = () => {
    if (closed) return;
    closed = true;
    void subscription?.close();
    try {
      controllerRef.close();
    } catch {
      // already closed or errored by the reader
    }
  };

  const send = (bytes: Uint8Array) => {
    if (closed) return;
    controllerRef.enqueue(bytes);
    // The reader is not keeping up: stop here; what is queued still reaches it, then it resumes.
    if ((controllerRef.desiredSize ?? 0) < 0) finish();
  };

  const sink: LiveSink = {
    event: (event: LiveEvent) => send(changeFrame(event)),
    presence: (entries) => {
      let frame = presenceFrames.get(entries);
      if (!frame) {
        frame = encoder.encode(encodeSseFrame({ event: "presence", data: JSON.stringify(entries) }));
        presenceFrames.set(entries, frame);
      }
      send(frame);
    },
    reset: (position) => send(encoder.encode(encodeSseFrame({ id: position, event: "reset", data: JSON.stringify({ position }) }))),
    heartbeat: () => send(encoder.encode(encodeSseComment("heartbeat"))),
    inbox: () => send(INBOX_FRAME),
    close: (closeOptions) => {
      if (closeOptions?.retryMs !== undefined) send(encoder.encode(encodeSseComment("server shutting down") + encodeSseRetry(closeOptions.retryMs)));
      finish();
    },
  };

  return new ReadableStream<Uint8Array>(
    {
      async start(controller) {
        controllerRef = controller;
        options.signal?.addEventListener("abort", finish, { once: true });
        controller.enqueue(encoder.encode(encodeSseRetry(RECONNECT_DELAY_MS)));
        try {
          subscription = await hub.subscribe({ id: streamId, viewer: options.viewer, scope: options.scope, after: options.after, sink, presence: options.presence });
        } catch (error) {
          closed = true;
          controller.error(error);
          return;
        }
        if (closed) void subscription.close();
        // After registering: from here on the reader misses nothing (what it missed before was replayed above).
        else send(encoder.encode(encodeSseFrame({ event: "hello", data: JSON.stringify({ streamId, position: hub.head.toString() }) })));
      },
      cancel() {
        finish();
      },
    },
    { highWaterMark: bufferBytes, size: (chunk) => chunk.byteLength },
  );
}
