import "server-only";
import { randomUUID } from "node:crypto";
import type { DeskEvent } from "@/lib/events/event-types";
import { eventForViewer } from "@/lib/events/event-visibility";
import { inScope, planResume, type LiveEvent, type LiveScope } from "@/lib/live/live-event";
import type { PolicyActor } from "@/lib/policy/policy";
import { EVENT_CHANNEL } from "@/lib/server/events/write-events";
import type { LiveHubOptions, LiveSink, SubscribeOptions, Subscription } from "./live-hub-types";
import { ListenerConnection } from "./listener-connection";
import { PresenceFanOut } from "./presence-fan-out";
import { enterPresence, leavePresence, PRESENCE_CHANNEL, refreshPresence } from "./presence-store";
import { readEventsAfter, readHead, readNotifiedUsers, readViewers, type Query } from "./stream-reads";

export type { LiveHubOptions, LiveSink, SubscribeOptions, Subscription };

type Subscriber = {
  id: string;
  viewer: PolicyActor;
  scope: LiveScope;
  sink: LiveSink;
  /** Last position handled for this subscriber (delivered, or not theirs to see). */
  cursor: bigint;
  /** Events that arrived while the subscriber's replay was being read. */
  pending: LiveEvent[] | null;
  presence: boolean;
};

const READ_BATCH = 500;
const PROBE = "probe";

/**
 * One per app instance: follows the event stream (LISTEN on a dedicated connection, plus
 * polling as a safety net and as the only way on the embedded database) and fans every new
 * event out to the instance's subscribers that may see it, in position (= commit) order, each
 * event once. Also keeps the presence of its subscribers in the database and tells subscribers
 * when the presence on their article (or the desk's reviewing) changes.
 */
export class LiveHub {
  readonly instanceId = randomUUID();
  readonly #connection: ListenerConnection;
  readonly #subscribers = new Map<string, Subscriber>();
  readonly #options: Required<LiveHubOptions>;
  #head: bigint | null = null;
  #headKnown: Promise<void> | null = null;
  #reading: Promise<void> | null = null;
  #readAgain = false;
  #listenWorks = false;
  #timers: NodeJS.Timeout[] = [];
  #pollTimer: NodeJS.Timeout | null = null;
  readonly #presence: PresenceFanOut;
  #presencePolls = 0;
  #stopped = false;

  constructor(options: LiveHubOptions) {
    this.#options = {
      pollMs: 1_000,
      fallbackPollMs: 250,
      heartbeatMs: 15_000,
      refreshMs: 10_000,
      replayLimit: 1_000,
      onProblem: () => undefined,
      onFanOut: () => undefined,
      ...options,
    };
    this.#connection = new ListenerConnection(options.connectionString, [EVENT_CHANNEL, PRESENCE_CHANNEL], {
      notification: (channel, payload) => this.#notified(channel, payload),
      connected: () => this.#connected(),
      problem: (error, context) => this.#options.onProblem(error, context),
    });
    this.#presence = new PresenceFanOut(
      this.#query,
      () => [...this.#subscribers.values()].filter((subscriber) => !subscriber.pending),
      (error, context) => this.#options.onProblem(error, context),
    );
  }

  /** Starts following the stream; resolves once the current head is known. */
  start(): Promise<void> {
    if (!this.#headKnown) {
      this.#connection.start();
      this.#headKnown = readHead(this.#query).then((head) => {
        this.#head ??= head;
      });
      this.#timers.push(
        setInterval(() => this.#heartbeat(), this.#options.heartbeatMs),
        setInterval(() => void this.#refresh(), this.#options.refreshMs),
      );
      for (const timer of this.#timers) timer.unref();
      this.#schedulePoll();
    }
    return this.#headKnown;
  }

  /** The newest position this hub has fanned out. */
  get head(): bigint {
    return this.#head ?? 0n;
  }

  /** How many subscribers this instance holds. */
  get size(): number {
    return this.#subscribers.size;
  }

  /** Whether NOTIFY reaches this hub (else it polls at the fallback rate). */
  get listening(): boolean {
    return this.#listenWorks;
  }

  /**
   * Adds a subscriber: replays what it missed after `after` (or tells it to reset when that is
   * too much or impossible), then sends live events. Nothing is sent twice or skipped: events
   * arriving during the replay wait until it is done.
   */
  async subscribe(options: SubscribeOptions): Promise<Subscription> {
    await this.start();
    // A reader coming from another instance may be ahead of this one: catch up before judging.
    if (options.after !== null && options.after > this.head) await this.#read();
    const head = this.head;
    const subscriber: Subscriber = {
      id: options.id ?? randomUUID(),
      viewer: options.viewer,
      scope: options.scope,
      sink: options.sink,
      cursor: head,
      pending: [],
      presence: options.presence ?? true,
    };
    this.#subscribers.set(subscriber.id, subscriber);
    const close = () => this.#unsubscribe(subscriber.id);
    try {
      await this.#replay(subscriber, options.after, head);
      if (subscriber.presence) {
        await enterPresence(this.#query, {
          streamId: subscriber.id,
          userId: subscriber.viewer.id,
          articleId: subscriber.scope.kind === "article" ? subscriber.scope.articleId : null,
          instanceId: this.instanceId,
        });
      }
      this.#presence.mark(subscriber.scope.kind === "article" ? subscriber.scope.articleId : "");
    } catch (error) {
      await close();
      throw error;
    }
    return { id: subscriber.id, close };
  }

  /** Tells the hub that events may have been committed (e.g. by this instance), without waiting for a signal. */
  poke(): void {
    void this.#read();
  }

  /**
   * Stops following the stream and closes every subscription; with `retryMs` (shutdown), each
   * reader is first told to reconnect after that long.
   */
  async stop(options: { retryMs?: number } = {}): Promise<void> {
    this.#stopped = true;
    for (const timer of this.#timers) clearInterval(timer);
    if (this.#pollTimer) clearTimeout(this.#pollTimer);
    this.#presence.stop();
    const subscribers = [...this.#subscribers.values()];
    await Promise.all(subscribers.map((subscriber) => this.#unsubscribe(subscriber.id)));
    for (const subscriber of subscribers) subscriber.sink.close(options);
    await this.#connection.close();
  }

  readonly #query: Query = (text, values) => this.#connection.query(text, values);

  async #replay(subscriber: Subscriber, after: bigint | null, head: bigint): Promise<void> {
    const plan = planResume(after, head, null, this.#options.replayLimit);
    if (plan.kind === "replay") {
      const events = await readEventsAfter(this.#query, { after: plan.from, upTo: head, scope: subscriber.scope, limit: this.#options.replayLimit + 1 });
      if (events.length > this.#options.replayLimit) {
        subscriber.sink.reset(head.toString());
      } else {
        subscriber.cursor = plan.from;
        for (const event of events) this.#deliver(subscriber, event);
      }
    } else if (plan.kind === "reset") {
      subscriber.sink.reset(head.toString());
    }
    subscriber.cursor = head;
    const pending = subscriber.pending ?? [];
    subscriber.pending = null;
    for (const event of pending) this.#deliver(subscriber, event);
  }

  #deliver(subscriber: Subscriber, event: LiveEvent, position = BigInt(event.position)): void {
    if (position <= subscriber.cursor) return;
    subscriber.cursor = position;
    if (!inScope(event, subscriber.scope)) return;
    const asDeskEvent = { ...event, payload: {} } as unknown as DeskEvent;
    if (eventForViewer(asDeskEvent, subscriber.viewer)) subscriber.sink.event(event);
  }

  #fanOut(event: LiveEvent, position: bigint): void {
    this.#options.onFanOut(event);
    for (const subscriber of this.#subscribers.values()) {
      if (subscriber.pending) subscriber.pending.push(event);
      else this.#deliver(subscriber, event, position);
    }
  }

  /**
   * Reads everything after the head and fans it out; one read at a time: asked during a read,
   * that read goes round once more, and the caller waits for it.
   */
  #read(): Promise<void> {
    if (this.#reading) {
      this.#readAgain = true;
      return this.#reading;
    }
    if (this.#head === null || this.#stopped) return Promise.resolve();
    this.#reading = (async () => {
      try {
        do {
          this.#readAgain = false;
          const from = this.#head!;
          const events = await readEventsAfter(this.#query, { after: from, limit: READ_BATCH });
          for (const event of events) {
            const position = BigInt(event.position);
            this.#head = position;
            this.#fanOut(event, position);
          }
          if (events.length > 0) await this.#tellInboxes(from, this.#head!);
          if (events.length === READ_BATCH) this.#readAgain = true;
        } while (this.#readAgain && !this.#stopped);
      } catch (error) {
        this.#options.onProblem(error, "reading the event stream");
      } finally {
        this.#reading = null;
      }
    })();
    return this.#reading;
  }

  /** Tells each subscriber whose viewer got notifications from these changes (and no one else). */
  async #tellInboxes(after: bigint, upTo: bigint): Promise<void> {
    if (this.#subscribers.size === 0) return;
    try {
      const notified = await readNotifiedUsers(this.#query, after, upTo);
      if (notified.size === 0) return;
      for (const subscriber of this.#subscribers.values()) {
        if (notified.has(subscriber.viewer.id)) subscriber.sink.inbox?.();
      }
    } catch (error) {
      this.#options.onProblem(error, "reading who was notified");
    }
  }

  #schedulePoll(): void {
    if (this.#stopped) return;
    const delay = this.#listenWorks ? this.#options.pollMs : this.#options.fallbackPollMs;
    this.#pollTimer = setTimeout(() => {
      // Without NOTIFY, presence is polled too (about once a second); unchanged lists are not re-sent.
      if (!this.#listenWorks && ++this.#presencePolls % Math.max(1, Math.round(1_000 / delay)) === 0) {
        this.#presence.markAll();
      }
      void this.#read().finally(() => this.#schedulePoll());
    }, delay);
    this.#pollTimer.unref();
  }

  #notified(channel: string, payload: string): void {
    if (channel === EVENT_CHANNEL) {
      if (payload === PROBE) this.#listenWorks = true;
      else if (this.#head === null || BigInt(/^\d+$/.test(payload) ? payload : "0") > this.#head) void this.#read();
    } else if (channel === PRESENCE_CHANNEL) {
      this.#presence.mark(payload);
    }
  }

  #connected(): void {
    // Catch up on whatever committed while the connection was down; find out whether NOTIFY reaches us.
    void this.#read();
    void this.#connection.probe(EVENT_CHANNEL, PROBE);
    this.#presence.markAll();
  }

  async #unsubscribe(id: string): Promise<void> {
    const subscriber = this.#subscribers.get(id);
    if (!subscriber) return;
    this.#subscribers.delete(id);
    this.#presence.forget(id);
    if (subscriber.presence) await leavePresence(this.#query, id).catch((error) => this.#options.onProblem(error, "leaving presence"));
  }

  #heartbeat(): void {
    for (const subscriber of this.#subscribers.values()) subscriber.sink.heartbeat();
  }

  /** Keeps presence alive, drops expired presence, and re-checks every viewer (role, deactivation). */
  async #refresh(): Promise<void> {
    try {
      await refreshPresence(this.#query, this.instanceId);
      const ids = [...new Set([...this.#subscribers.values()].map((subscriber) => subscriber.viewer.id))];
      if (ids.length === 0) return;
      const current = await readViewers(this.#query, ids);
      for (const subscriber of [...this.#subscribers.values()]) {
        const user = current.get(subscriber.viewer.id);
        if (!user || !user.active) {
          await this.#unsubscribe(subscriber.id);
          subscriber.sink.close();
        } else {
          subscriber.viewer = user;
        }
      }
    } catch (error) {
      this.#options.onProblem(error, "refreshing presence");
    }
  }
}
