/**
 * Cards beside their text (as Google Docs and Hypothesis show comments): each card as level with
 * its highlight as it can be without overlapping the others. Pure: tops and heights in, tops out.
 */

/** A card to place: the top of its highlight and the card's height (same units, e.g. px). */
export type MarginItem = { id: string; anchor: number; height: number };

/**
 * Top of each card, in the order given (document order). Cards keep their order and at least
 * `gap` between them: each goes at its anchor, or just below the card before it. The selected
 * card (if any) sits exactly at its anchor; the cards before it move up to make room, never above
 * 0 (then they, and the selected card only if it must, move back down). O(n).
 */
export function layoutMarginCards(items: readonly MarginItem[], gap: number, selectedId: string | null = null): Map<string, number> {
  const tops = new Array<number>(items.length);
  const pinned = selectedId === null ? -1 : items.findIndex((item) => item.id === selectedId);
  const start = Math.max(0, pinned);
  // From the pinned card (or the first) downwards: at the anchor or pushed down.
  for (let i = start; i < items.length; i += 1) {
    const floor = i === start ? 0 : tops[i - 1] + items[i - 1].height + gap;
    tops[i] = i === pinned ? Math.max(0, items[i].anchor) : Math.max(items[i].anchor, floor);
  }
  // Above the pinned card: at the anchor or pushed up.
  for (let i = start - 1; i >= 0; i -= 1) tops[i] = Math.min(items[i].anchor, tops[i + 1] - gap - items[i].height);
  // None above the top: those that would be are pushed back down, moving the next ones only as far as needed.
  for (let i = 0; i < items.length; i += 1) tops[i] = Math.max(tops[i], i === 0 ? 0 : tops[i - 1] + items[i - 1].height + gap);
  return new Map(items.map((item, i) => [item.id, tops[i]]));
}
