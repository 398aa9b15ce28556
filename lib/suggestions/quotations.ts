/**
 * Quotation marks of a plain text: pairs “ ” ‘ ’ « » „ “ and straight quotes within a paragraph,
 * and quotes that run on into the next paragraph (an opening mark with no closing one, the next
 * paragraph opening again). UTF-16 indices; pure.
 */

/** One quoted passage (or the part of it in one paragraph), with its marks. */
export type Quotation = {
  /** Index of the opening mark. */
  open: number;
  /** Index just after the closing mark (or the paragraph's end for a run-on paragraph). */
  close: number;
  /** The words between the marks, trimmed: [innerStart, innerEnd). */
  innerStart: number;
  innerEnd: number;
  /** True when this paragraph's part continues a quote opened in the previous paragraph. */
  continued: boolean;
};

/** A paragraph as [start, end) indices. */
export type Span = { start: number; end: number };

const CLOSERS: Record<string, string> = { "“": "”", "„": "“”", "«": "»", "‘": "’", '"': '"', "‹": "›", "「": "」", "『": "』" };

/** Paragraphs: maximal runs of text between line breaks, skipping blank ones. */
export function splitParagraphs(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    if (/\S/.test(text.slice(start, end))) spans.push({ start, end });
    start = end + 1;
  }
  return spans;
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/** Whether the mark at `i` can open a quote: not inside a word (an apostrophe, a quote after a letter). */
function canOpen(text: string, i: number, paragraphStart: number): boolean {
  const ch = text[i];
  if (!(ch in CLOSERS)) return false;
  const before = i > paragraphStart ? text[i - 1] : undefined;
  if (ch === "‘" || ch === '"') return (!isWordChar(before) && isWordChar(text[i + 1])) || (ch === '"' && !isWordChar(before) && /\S/.test(text[i + 1] ?? ""));
  return true;
}

function findCloser(text: string, from: number, end: number, opener: string): number {
  const closers = CLOSERS[opener];
  for (let j = from; j < end; j++) {
    if (!closers.includes(text[j])) continue;
    // A closing ’ followed by a letter is an apostrophe (don’t, Mujahid’s).
    if (text[j] === "’" && isWordChar(text[j + 1])) continue;
    return j;
  }
  return -1;
}

function trimmedInner(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return [start, end];
}

/** Every top-level quotation of `text`, in order (quotes nested inside another are part of it). */
export function findQuotations(text: string, paragraphs: Span[] = splitParagraphs(text)): Quotation[] {
  const found: Quotation[] = [];
  let runOnOpener: string | null = null;
  paragraphs.forEach((paragraph, index) => {
    let i = paragraph.start;
    while (i < paragraph.end && /\s/.test(text[i])) i++;
    const continuedOpener = runOnOpener;
    runOnOpener = null;
    while (i < paragraph.end) {
      if (!canOpen(text, i, paragraph.start)) {
        i++;
        continue;
      }
      const opener = text[i];
      const closeAt = findCloser(text, i + 1, paragraph.end, opener);
      if (closeAt >= 0) {
        const [innerStart, innerEnd] = trimmedInner(text, i + 1, closeAt);
        if (innerEnd > innerStart) found.push({ open: i, close: closeAt + 1, innerStart, innerEnd, continued: continuedOpener !== null && found.length > 0 && i === firstNonSpace(text, paragraph) });
        i = closeAt + 1;
        continue;
      }
      // No closing mark: a run-on quote if the next paragraph opens with a quote mark again.
      const next = paragraphs[index + 1];
      const nextOpens = next !== undefined && text[firstNonSpace(text, next)] in CLOSERS;
      if (nextOpens && opener !== "‘") {
        const [innerStart, innerEnd] = trimmedInner(text, i + 1, paragraph.end);
        if (innerEnd > innerStart) found.push({ open: i, close: paragraph.end, innerStart, innerEnd, continued: continuedOpener !== null && i === firstNonSpace(text, paragraph) });
        runOnOpener = opener;
      }
      break;
    }
  });
  return found;
}

function firstNonSpace(text: string, paragraph: Span): number {
  let i = paragraph.start;
  while (i < paragraph.end && /\s/.test(text[i])) i++;
  return i;
}
