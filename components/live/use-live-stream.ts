"use client";

import { useCallback, useEffect, useEffectEvent, useRef, useState } from "react";
import type { LiveEvent } from "@/lib/live/live-event";
import type { PresenceActivity, PresenceEntry } from "@/lib/live/presence";
import { announceNewNotifications, countOpenLiveStream } from "./open-live-streams";

/** Window event carrying each batch of live changes, for parts of the layout (the nav badge). */
export const LIVE_CHANGES_EVENT = "factdesk:live-changes";

/** Changes arriving within this window reach the screen as one batch (one refetch, one announcement). */
const BATCH_MS = 60;

type Options = {
  /** Follow one article; the whole desk when absent. */
  articleId?: string;
  /** The stream position the page was rendered at: changes after it are replayed. */
  after?: string | null;
  onChanges(events: LiveEvent[]): void;
  onPresence?(entries: PresenceEntry[]): void;
  /** Too much was missed to replay: reload what the screen shows. */
  onReset?(): void;
};

export type LiveStream = {
  /** Whether the stream is open (it reconnects by itself, resuming where it stopped). */
  connected: boolean;
  /** Tells everyone else what this tab's person is doing now. */
  setActivity(activity: PresenceActivity, where?: { articleId: string; annotationId: string } | null): void;
};

/**
 * Follows the desk's live stream (`GET /api/events`) with an `EventSource`, which reconnects by
 * itself and resumes after the last change it got (`Last-Event-ID`). Changes are handed over in
 * small batches; the handlers may change between renders without reconnecting.
 */
export function useLiveStream({ articleId, after, onChanges, onPresence, onReset }: Options): LiveStream {
  // The latest handlers, without reconnecting when they change.
  const changed = useEffectEvent((events: LiveEvent[]) => onChanges(events));
  const presenceChanged = useEffectEvent((entries: PresenceEntry[]) => onPresence?.(entries));
  const reset = useEffectEvent(() => onReset?.());
  const streamId = useRef<string | null>(null);
  const activity = useRef<{ activity: PresenceActivity; where: { articleId: string; annotationId: string } | null }>({ activity: "viewing", where: null });
  const [connected, setConnected] = useState(false);
  // The position to start from is fixed by the first render; later ones come from Last-Event-ID.
  const [startAfter] = useState(after ?? null);

  const sendActivity = useCallback(() => {
    if (!streamId.current) return;
    const { activity: now, where } = activity.current;
    void fetch("/api/presence", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ streamId: streamId.current, activity: now, articleId: where?.articleId ?? articleId ?? null, annotationId: where?.annotationId ?? null }),
    }).catch(() => undefined);
  }, [articleId]);

  useEffect(() => {
    const query = new URLSearchParams();
    if (articleId) query.set("articleId", articleId);
    if (startAfter) query.set("after", startAfter);
    const source = new EventSource(`/api/events?${query}`);
    let batch: LiveEvent[] = [];
    let timer: ReturnType<typeof setTimeout> | null = null;
    const flush = () => {
      timer = null;
      const events = batch;
      batch = [];
      changed(events);
      window.dispatchEvent(new CustomEvent(LIVE_CHANGES_EVENT, { detail: events }));
    };
    source.addEventListener("hello", (message) => {
      streamId.current = (JSON.parse((message as MessageEvent).data) as { streamId: string }).streamId;
      setConnected(true);
      // A new connection is a new presence: say again what this tab is doing.
      if (activity.current.activity !== "viewing" || activity.current.where) sendActivity();
    });
    source.addEventListener("change", (message) => {
      batch.push(JSON.parse((message as MessageEvent).data) as LiveEvent);
      timer ??= setTimeout(flush, BATCH_MS);
    });
    source.addEventListener("inbox", () => announceNewNotifications());
    source.addEventListener("presence", (message) => presenceChanged(JSON.parse((message as MessageEvent).data) as PresenceEntry[]));
    source.addEventListener("reset", () => reset());
    source.addEventListener("error", () => setConnected(false));
    const uncount = countOpenLiveStream();
    return () => {
      uncount();
      source.close();
      if (timer) clearTimeout(timer);
      streamId.current = null;
    };
  }, [articleId, startAfter, sendActivity]);

  const setActivity = useCallback<LiveStream["setActivity"]>(
    (next, where = null) => {
      const same = activity.current.activity === next && activity.current.where?.annotationId === where?.annotationId;
      activity.current = { activity: next, where };
      if (!same) sendActivity();
    },
    [sendActivity],
  );

  return { connected, setActivity };
}
