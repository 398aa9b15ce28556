import { expect, type Page } from "./test";

/**
 * Puts the caret at the start of the editor paragraph that begins with `text`, the way a person does:
 * click the paragraph's first line, press Home. The page may still shift (a presence notice, a late
 * font) between measuring and clicking, so the caret's place is checked and the click repeated.
 */
export async function caretAtParagraphStart(page: Page, text: string) {
  await expect(async () => {
    const point = await page.evaluate((text) => {
      const paragraph = Array.from(document.querySelectorAll('[data-testid="article-editor"] p')).find((p) => p.textContent?.startsWith(text));
      if (!paragraph) throw new Error(`no paragraph starts with "${text}"`);
      paragraph.scrollIntoView({ block: "center" });
      const rect = paragraph.getBoundingClientRect();
      return { x: rect.left + 2, y: rect.top + 8 };
    }, text);
    await page.mouse.click(point.x, point.y);
    await page.keyboard.press("Home");
    const atStart = await page.evaluate((text) => {
      const selection = window.getSelection();
      if (!selection?.isCollapsed || !selection.anchorNode) return false;
      const paragraph = (selection.anchorNode instanceof Element ? selection.anchorNode : selection.anchorNode.parentElement)?.closest("p");
      if (!paragraph?.textContent?.startsWith(text)) return false;
      const before = document.createRange();
      before.setStart(paragraph, 0);
      before.setEnd(selection.anchorNode, selection.anchorOffset);
      return before.toString() === "";
    }, text);
    expect(atStart, `caret at the start of "${text}"`).toBe(true);
  }).toPass({ timeout: 10_000 });
}
