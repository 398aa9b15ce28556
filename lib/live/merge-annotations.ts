/** The parts of an annotation the live merge compares. */
type Versioned = { id: string; version: number; start: number; end: number };

/**
 * Merges refetched annotations into what a screen shows: newer versions replace older ones (an
 * older copy never overwrites a newer one the screen already has, e.g. its own save), new ones
 * are added, `goneIds` are removed; the result is in document order by `order`.
 */
export function mergeAnnotations<T extends Versioned>(current: readonly T[], fetched: readonly T[], goneIds: readonly string[], order: (a: T, b: T) => number): T[] {
  const byId = new Map(current.map((annotation) => [annotation.id, annotation]));
  for (const id of goneIds) byId.delete(id);
  for (const annotation of fetched) {
    const known = byId.get(annotation.id);
    if (!known || known.version <= annotation.version) byId.set(annotation.id, annotation);
  }
  return [...byId.values()].sort(order);
}

/** The annotations a batch of changes touched: which to refetch, and whose comment threads to reload. */
export function touchedAnnotations(events: readonly { type: string; entityType: string; entityId: string; annotationId: string | null }[]): {
  annotationIds: string[];
  threadIds: string[];
} {
  const annotationIds = new Set<string>();
  const threadIds = new Set<string>();
  for (const event of events) {
    if (event.entityType === "annotation") annotationIds.add(event.entityId);
    if (event.entityType === "comment" && event.annotationId) threadIds.add(event.annotationId);
    // A change request also adds a comment; a decision shows in the card's history.
    if (event.entityType === "annotation") threadIds.add(event.entityId);
  }
  return { annotationIds: [...annotationIds], threadIds: [...threadIds] };
}
