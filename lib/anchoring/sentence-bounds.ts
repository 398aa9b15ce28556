/**
 * Sentence boundaries of plain text, as the diff sees them: a sentence ends after . ! ? (and any
 * closing quotes or brackets) followed by whitespace, at a line break, or at the end of the text.
 */

const TERMINAL = /[.!?]["'»”’)\]]*$/;

/** Whether a sentence may start at UTF-16 index `i`: text edges, after a line break, or after a sentence's end and whitespace. */
export function startsSentence(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return true;
  if (text[i - 1] === "\n") return true;
  if (!/\s/.test(text[i - 1]) || /\s/.test(text[i])) return false;
  let j = i - 1;
  while (j > 0 && /\s/.test(text[j - 1])) j--;
  return j > 0 && TERMINAL.test(text.slice(Math.max(0, j - 4), j));
}

/** The nearest sentence start at or before `i`. */
export function sentenceStartAtOrBefore(text: string, i: number): number {
  let p = i;
  while (p > 0 && !startsSentence(text, p)) p--;
  return p;
}

/** The end of the sentence holding the unit before `i` (after its terminal punctuation), at or after `i`. */
export function sentenceEndAtOrAfter(text: string, i: number): number {
  let p = i;
  while (p < text.length && !(text[p] === "\n" || (/\s/.test(text[p]) && TERMINAL.test(text.slice(Math.max(0, p - 4), p))))) p++;
  return p;
}
