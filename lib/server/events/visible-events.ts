import "server-only";
import { eventForViewer } from "@/lib/events/event-visibility";
import { storedEvent, type ShownEvent, type StoredEventRow } from "@/lib/events/stored-event";
import type { PolicyActor } from "@/lib/policy/policy";

/** The audit columns a reader of the stream selects, with the actor's name for display. */
export const storedEventSelect = {
  id: true,
  at: true,
  type: true,
  actorId: true,
  entityId: true,
  articleId: true,
  before: true,
  after: true,
  actor: { select: { id: true, name: true } },
} as const;

/**
 * Audit rows as the events `viewer` may see, in the rows' order: each passes
 * {@link eventForViewer} (hidden ones are left out, others may be trimmed), then gets its actor.
 */
export function visibleEvents(rows: (StoredEventRow & { actor: { id: string; name: string } | null })[], viewer: PolicyActor): ShownEvent[] {
  const shown: ShownEvent[] = [];
  for (const row of rows) {
    const event = storedEvent(row);
    const visible = event && eventForViewer(event, viewer);
    if (visible) shown.push({ ...visible, actor: row.actor });
  }
  return shown;
}
