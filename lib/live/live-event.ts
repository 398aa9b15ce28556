import type { EntityType, EventType } from "../events/event-types";

/**
 * What a live stream tells a screen about one committed change: ids and who did it, never the
 * changed fields (the screen refetches what it shows, through the same checks as any read).
 */
export type LiveEvent = {
  /** Stream position (decimal string of the bigint id): the SSE `id`, resumable with `Last-Event-ID`. */
  position: string;
  type: EventType;
  entityType: EntityType;
  entityId: string;
  articleId: string | null;
  actorId: string | null;
  /** The actor's display name, for summaries such as "2 new annotations by Riya". */
  actorName: string | null;
  /** For comment events: the annotation the comment belongs to. */
  annotationId: string | null;
  /** For `revision.saved`: the new revision's number. */
  revision: number | null;
  at: string;
};

/**
 * What a stream follows: one article, the whole desk (queue, lists), or only the viewer's own
 * inbox (no changes: just "your notifications changed", for screens without a stream of their own).
 */
export type LiveScope = { kind: "article"; articleId: string } | { kind: "desk" } | { kind: "inbox" };

/** Whether an event belongs on a stream of `scope` (visibility is checked separately). */
export function inScope(event: Pick<LiveEvent, "articleId">, scope: LiveScope): boolean {
  if (scope.kind === "inbox") return false;
  return scope.kind === "desk" || event.articleId === scope.articleId;
}

/** Parses a stream position (`Last-Event-ID`, `?after=`); null when absent or malformed. */
export function parsePosition(value: string | null | undefined): bigint | null {
  if (value === null || value === undefined) return null;
  const trimmed = value.trim();
  if (!/^\d{1,19}$/.test(trimmed)) return null;
  const position = BigInt(trimmed);
  return position <= 9_223_372_036_854_775_807n ? position : null;
}

/** How a (re)connecting stream starts. */
export type ResumePlan =
  /** Send the events after `from` up to the current head, then live ones. */
  | { kind: "replay"; from: bigint }
  /** Nothing to replay: start live from the current head. */
  | { kind: "live"; from: bigint }
  /** The reader asked for a position the stream cannot serve: tell it to reload, continue from head. */
  | { kind: "reset"; from: bigint; reason: "ahead" | "too_far_behind" };

/**
 * Decides where a stream starts. `requested` is the reader's last position (`Last-Event-ID`, or
 * the position its page was rendered at), `head` the newest committed position, `backlog` how
 * many events lie between them if known. A reader "ahead" of the head (a database restored from
 * backup, another deployment) cannot be served incrementally.
 */
export function planResume(requested: bigint | null, head: bigint, backlog: number | null, replayLimit: number): ResumePlan {
  if (requested === null || requested === head) return { kind: "live", from: head };
  if (requested > head) return { kind: "reset", from: head, reason: "ahead" };
  if (backlog !== null && backlog > replayLimit) return { kind: "reset", from: head, reason: "too_far_behind" };
  return { kind: "replay", from: requested };
}
