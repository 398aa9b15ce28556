import { KIND_LABELS } from "../domain/annotation-kinds";
import type { EventType } from "../events/event-types";
import type { LiveEvent } from "./live-event";

/** What a group of changes reads as, e.g. "new annotation" / "new annotations". */
const WORDING: Partial<Record<EventType, [one: string, many: string]>> = {
  "annotation.created": ["new annotation", "new annotations"],
  "annotation.updated": ["annotation edited", "annotations edited"],
  "annotation.deleted": ["annotation deleted", "annotations deleted"],
  "annotation.submitted": ["annotation submitted for review", "annotations submitted for review"],
  "annotation.approved": ["annotation approved", "annotations approved"],
  "annotation.rejected": ["annotation rejected", "annotations rejected"],
  "annotation.changes_requested": ["annotation sent back", "annotations sent back"],
  "annotation.reopened": ["annotation reopened", "annotations reopened"],
  "annotation.decision_undone": ["review decision undone", "review decisions undone"],
  "annotation.reattached": ["annotation re-attached", "annotations re-attached"],
  "annotation.reanchored": ["annotation re-anchored", "annotations re-anchored"],
  "annotation.corrected": ["published verdict corrected", "published verdicts corrected"],
  "comment.added": ["new comment", "new comments"],
  "comment.edited": ["comment edited", "comments edited"],
  "revision.saved": ["new revision of the text", "new revisions of the text"],
  "article.created": ["new article", "new articles"],
  "article.updated": ["article details changed", "article details changed"],
};

function joinNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  if (names.length === 2) return `${names[0]} and ${names[1]}`;
  if (names.length === 3) return `${names[0]}, ${names[1]} and ${names[2]}`;
  return `${names[0]}, ${names[1]} and ${names.length - 2} others`;
}

/** One kind of change made by others: how many, and who made them (each name once). */
export type ChangeGroup = { type: EventType; count: number; names: string[] };

/**
 * Changes made by others, grouped by type in order of first appearance, for an announcement in any
 * language. Changes by `selfUserId` and types not worth announcing are left out; an unknown actor
 * is named by `someone`.
 */
export function groupChanges(events: readonly LiveEvent[], selfUserId: string | null, someone = "someone"): ChangeGroup[] {
  const groups = new Map<EventType, ChangeGroup>();
  for (const event of events) {
    if (event.actorId !== null && event.actorId === selfUserId) continue;
    if (!WORDING[event.type]) continue;
    const group = groups.get(event.type) ?? { type: event.type, count: 0, names: [] };
    group.count++;
    const name = event.actorName ?? someone;
    if (!group.names.includes(name)) group.names.push(name);
    groups.set(event.type, group);
  }
  return [...groups.values()];
}

/**
 * A short polite summary of changes made by others, for a screen reader and the "what changed"
 * line: "2 new annotations by Riya Sharma; 1 annotation approved by Ali". Changes by `selfUserId`
 * and re-anchoring noise are left out; empty when nothing is worth saying.
 */
export function summariseChanges(events: readonly LiveEvent[], selfUserId: string | null): string {
  return groupChanges(events, selfUserId)
    .map(({ type, count, names }) => {
      const [one, many] = WORDING[type]!;
      return `${count} ${count === 1 ? one : many} by ${joinNames(names)}`;
    })
    .join("; ");
}

/** "Claim" etc. for a kind, for cards that announce themselves. */
export const kindLabel = (kind: keyof typeof KIND_LABELS) => KIND_LABELS[kind];

/** The event types after which a review queue (and its counts) may have changed. */
export const QUEUE_EVENT_TYPES: ReadonlySet<EventType> = new Set<EventType>([
  "annotation.created",
  "annotation.updated",
  "annotation.deleted",
  "annotation.submitted",
  "annotation.approved",
  "annotation.rejected",
  "annotation.changes_requested",
  "annotation.reopened",
  "annotation.decision_undone",
  "annotation.reattached",
  "annotation.reanchored",
  "revision.saved",
]);
