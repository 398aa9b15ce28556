/**
 * Highlighted snippets: PostgreSQL's `ts_headline` marks each hit with two private-use characters
 * (never HTML), which {@link snippetParts} turns into text runs the UI renders as `<mark>`.
 */

/** Start of a highlighted hit in a `ts_headline` result. */
export const HIT_START = "\uE000";
/** End of a highlighted hit. */
export const HIT_END = "\uE001";

/** The `ts_headline` options every search snippet uses. */
export const HEADLINE_OPTIONS = `StartSel=${HIT_START}, StopSel=${HIT_END}, MaxWords=28, MinWords=10, MaxFragments=2, FragmentDelimiter=" … "`;

/** One run of a snippet: plain text or a hit. */
export type SnippetPart = { text: string; hit: boolean };

/** Splits a marked headline into runs, merging neighbours of the same kind and dropping empty ones. */
export function snippetParts(marked: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let hit = false;
  let current = "";
  const push = () => {
    if (current === "") return;
    const last = parts.at(-1);
    if (last && last.hit === hit) last.text += current;
    else parts.push({ text: current, hit });
    current = "";
  };
  for (const char of marked) {
    if (char === HIT_START || char === HIT_END) {
      push();
      hit = char === HIT_START;
    } else current += char;
  }
  push();
  return parts;
}

/**
 * Where a snippet's first hit is in the text it was cut from: code-point offsets (the article's
 * offset unit), or null when the hit can't be placed exactly (the link then opens the article).
 */
export function firstHitOffsets(text: string, parts: readonly SnippetPart[]): { start: number; end: number } | null {
  const index = parts.findIndex((part) => part.hit);
  if (index < 0) return null;
  const before = parts[index - 1]?.hit === false ? parts[index - 1].text : "";
  const hit = parts[index].text;
  const at = text.indexOf(before + hit);
  const unit = at >= 0 ? at + before.length : text.indexOf(hit);
  if (unit < 0) return null;
  const start = [...text.slice(0, unit)].length;
  return { start, end: start + [...hit].length };
}

/**
 * Like {@link firstHitOffsets}, for a snippet cut from a window of a longer text that starts
 * `windowStart` code points in: the offsets are in the whole text.
 */
export function firstHitOffsetsInWindow(windowText: string, windowStart: number, parts: readonly SnippetPart[]): { start: number; end: number } | null {
  const inWindow = firstHitOffsets(windowText, parts);
  return inWindow && { start: inWindow.start + windowStart, end: inWindow.end + windowStart };
}
