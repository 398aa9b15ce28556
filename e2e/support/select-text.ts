import { expect, type Page } from "@playwright/test";

/**
 * Selects `text` in the article by dragging the mouse from its first to its last character,
 * as a person would. `occurrence` picks among repeats (0-based).
 */
export async function dragSelect(page: Page, text: string, occurrence = 0) {
  await articleText(page);
  const box = await page.evaluate(
    ({ text, occurrence }) => {
      const root = document.querySelector('[data-testid="article-text"]');
      if (!root) throw new Error("article text not found");
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      let all = "";
      const starts: number[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        starts.push(all.length);
        nodes.push(node as Text);
        all += (node as Text).data;
      }
      let at = -1;
      for (let i = 0; i <= occurrence; i += 1) at = all.indexOf(text, at + 1);
      if (at < 0) throw new Error(`"${text}" not found in the article`);
      const locate = (offset: number) => {
        let i = starts.length - 1;
        while (starts[i] > offset) i -= 1;
        return { node: nodes[i], offset: offset - starts[i] };
      };
      const rectOf = (offset: number) => {
        const { node, offset: inNode } = locate(offset);
        const range = document.createRange();
        range.setStart(node, inNode);
        range.setEnd(node, inNode + 1);
        return range.getBoundingClientRect();
      };
      locate(at).node.parentElement?.scrollIntoView({ block: "center" });
      const first = rectOf(at);
      const last = rectOf(at + text.length - 1);
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
    },
    { text, occurrence },
  );
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 });
  await page.mouse.move(box.x2, box.y2, { steps: 4 });
  await page.mouse.up();
}

/** Puts the caret right before `text` by clicking there (then Shift+arrows extend the selection). */
export async function clickBefore(page: Page, text: string) {
  await articleText(page);
  const point = await page.evaluate((text) => {
    const root = document.querySelector('[data-testid="article-text"]')!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(text);
      if (at < 0) continue;
      node.parentElement?.scrollIntoView({ block: "center" });
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + 1, y: rect.top + rect.height / 2 };
    }
    throw new Error(`"${text}" not found`);
  }, text);
  await page.mouse.click(point.x, point.y);
}

/** Waits for the article viewer: it is created in the browser after the page loads. */
async function articleText(page: Page) {
  await page.locator('[data-testid="article-text"]').waitFor();
}

/** The editable article on the edit page. */
export const editorText = (page: Page) => page.getByTestId("article-editor");

/** Selects `text` in the editable article by dragging the mouse over it. */
export async function selectInEditor(page: Page, text: string) {
  const box = await page.evaluate((text) => {
    const root = document.querySelector('[data-testid="article-editor"]');
    if (!root) throw new Error("editor not found");
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(text);
      if (at < 0) continue;
      node.parentElement?.scrollIntoView({ block: "center" });
      const rect = (offset: number) => {
        const range = document.createRange();
        range.setStart(node, offset);
        range.setEnd(node, offset + 1);
        return range.getBoundingClientRect();
      };
      const first = rect(at);
      const last = rect(at + text.length - 1);
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
    }
    throw new Error(`"${text}" not found in one text node of the editor`);
  }, text);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 });
  await page.mouse.move(box.x2, box.y2, { steps: 4 });
  await page.mouse.up();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe(text);
}

/** The on-screen top and bottom of the first occurrence of `text` in the article (the first line's top for a span that wraps). */
export function articleTextBox(page: Page, text: string): Promise<{ top: number; bottom: number }> {
  return page.evaluate((text) => {
    const root = document.querySelector('[data-testid="article-text"]')!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(text);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      const { top, bottom } = range.getBoundingClientRect();
      return { top, bottom };
    }
    throw new Error(`"${text}" not found`);
  }, text);
}
