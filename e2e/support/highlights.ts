import type { Page } from "@playwright/test";

/**
 * The texts painted by one kind's highlight (CSS Custom Highlight API `fd-<kind>`), sorted;
 * highlights are not DOM elements, so tests read what the browser is asked to paint.
 */
export async function highlightedTexts(page: Page, kind: "claim" | "quote" | "allegation" | "active"): Promise<string[]> {
  return page.evaluate((name) => {
    const highlight = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.get(name);
    if (!highlight) return [];
    return [...highlight]
      .map((r) => {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        return range.toString();
      })
      .sort();
  }, `fd-${kind}`);
}
