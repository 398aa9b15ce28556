/** What the queue merge needs of an item. */
type QueueItem = { annotation: { id: string; version: number } };

/**
 * The review queue after a live refresh: the server's items in the server's order (items that
 * left are gone, new ones appear, changed ones are replaced unless the screen holds a newer
 * version), plus the items `keep` holds on to — the one being read, and the ones this reviewer
 * just decided — at their previous places, so nothing jumps away from under the reader.
 */
export function mergeQueue<T extends QueueItem>(current: readonly T[], incoming: readonly T[], keep: (item: T) => boolean): T[] {
  const known = new Map(current.map((item) => [item.annotation.id, item]));
  const merged = incoming.map((item) => {
    const mine = known.get(item.annotation.id);
    return mine && mine.annotation.version > item.annotation.version ? mine : item;
  });
  const present = new Set(merged.map((item) => item.annotation.id));
  current.forEach((item, index) => {
    if (present.has(item.annotation.id) || !keep(item)) return;
    merged.splice(Math.min(index, merged.length), 0, item);
  });
  return merged;
}

/** J/K order: soft-locked items (someone else is reviewing them) are skipped, unless it is the selected one. */
export function steppableIds(ids: readonly string[], lockedIds: ReadonlySet<string> | ReadonlyMap<string, unknown>, selectedId: string | null): string[] {
  return ids.filter((id) => id === selectedId || !lockedIds.has(id));
}
