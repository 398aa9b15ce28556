import type { LiveEvent, LiveScope } from "@/lib/live/live-event";
import type { PresenceEntry } from "@/lib/live/presence";
import type { PolicyActor } from "@/lib/policy/policy";

/** Where a subscriber's events go (an SSE response, or a test's collector). */
export type LiveSink = {
  event(event: LiveEvent): void;
  presence(entries: PresenceEntry[]): void;
  /** The subscriber missed more than can be replayed: it should reload, then continue from `position`. */
  reset(position: string): void;
  heartbeat(): void;
  /** New notifications for the subscriber's viewer committed (only that viewer's streams are told). */
  inbox?(): void;
  /** The hub ends the subscription (viewer deactivated, hub stopping: then with the reconnect delay to tell the reader). */
  close(options?: { retryMs?: number }): void;
};

export type SubscribeOptions = {
  viewer: PolicyActor;
  scope: LiveScope;
  /** The reader's last position (Last-Event-ID); null starts at the current head. */
  after: bigint | null;
  sink: LiveSink;
  /** Record the subscriber's presence (on by default). */
  presence?: boolean;
  /** The subscription's id (also its presence id); a new one when omitted. */
  id?: string;
};

/** An open subscription; `close()` when the reader goes away. */
export type Subscription = { id: string; close(): Promise<void> };

export type LiveHubOptions = {
  connectionString: string;
  /** Safety-net polling while LISTEN works (writers that do not signal, lost signals). */
  pollMs?: number;
  /** Polling when LISTEN does not deliver (the embedded database's shared session). */
  fallbackPollMs?: number;
  heartbeatMs?: number;
  /** Presence refresh and viewer re-check. */
  refreshMs?: number;
  /** Most events replayed to one reconnecting reader before it is told to reload instead. */
  replayLimit?: number;
  onProblem?: (error: unknown, context: string) => void;
  /** Called once per event as it is fanned out to this hub's subscribers (metrics: event lag). */
  onFanOut?: (event: LiveEvent) => void;
};
