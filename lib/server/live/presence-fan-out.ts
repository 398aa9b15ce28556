import "server-only";
import type { LiveScope } from "@/lib/live/live-event";
import type { PresenceEntry } from "@/lib/live/presence";
import { readArticlePresence, readDeskReviewing } from "./presence-store";
import type { Query } from "./stream-reads";

/** Presence changes arriving within this window are sent as one list (a crowd joining at once). */
const PRESENCE_COALESCE_MS = 150;

/** A subscriber as presence sees it. */
export type PresenceAudience = { id: string; scope: LiveScope; sink: { presence(entries: PresenceEntry[]): void } };

/**
 * Sends fresh presence lists to a hub's subscribers when presence changes: each article's list
 * to its readers, and who is reviewing what anywhere to desk-wide screens. Bursts of changes are
 * coalesced, and a list a subscriber already has is not sent again.
 */
export class PresenceFanOut {
  readonly #dirty = new Set<string>();
  readonly #sent = new Map<string, string>();
  #timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly query: Query,
    /** The subscribers ready to be told (their replay is done). */
    private readonly audience: () => PresenceAudience[],
    private readonly onProblem: (error: unknown, context: string) => void,
  ) {}

  /** Presence changed on an article ('' = desk-wide only); fresh lists go out shortly. */
  mark(articleId: string): void {
    this.#dirty.add(articleId);
    this.#timer ??= setTimeout(() => {
      this.#timer = null;
      void this.#send();
    }, PRESENCE_COALESCE_MS);
  }

  /** Re-reads presence for everyone (after a reconnection, or when polling without NOTIFY). */
  markAll(): void {
    for (const subscriber of this.audience()) this.mark(subscriber.scope.kind === "article" ? subscriber.scope.articleId : "");
    this.mark("");
  }

  /** A subscriber left. */
  forget(id: string): void {
    this.#sent.delete(id);
  }

  stop(): void {
    if (this.#timer) clearTimeout(this.#timer);
  }

  #sendTo(subscribers: PresenceAudience[], entries: PresenceEntry[]): void {
    const encoded = JSON.stringify(entries);
    for (const subscriber of subscribers) {
      if (this.#sent.get(subscriber.id) === encoded) continue;
      this.#sent.set(subscriber.id, encoded);
      subscriber.sink.presence(entries);
    }
  }

  async #send(): Promise<void> {
    const dirty = [...this.#dirty];
    this.#dirty.clear();
    try {
      const subscribers = this.audience();
      for (const articleId of dirty.filter(Boolean)) {
        const watching = subscribers.filter((subscriber) => subscriber.scope.kind === "article" && subscriber.scope.articleId === articleId);
        if (watching.length > 0) this.#sendTo(watching, await readArticlePresence(this.query, articleId));
      }
      // Reviewing anywhere shows on desk-wide screens (the queue's "Riya is reviewing").
      const desk = subscribers.filter((subscriber) => subscriber.scope.kind === "desk");
      if (desk.length > 0 && dirty.length > 0) this.#sendTo(desk, await readDeskReviewing(this.query));
    } catch (error) {
      this.onProblem(error, "sending presence");
    }
  }
}
