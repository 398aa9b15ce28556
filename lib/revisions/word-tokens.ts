/**
 * A word: letters, combining marks, digits (any script), joined by an apostrophe, hyphen, dot,
 * comma or colon between them ("don't", "co-op", "U.S", "3.5", "1,000", "10:30"). Any other
 * non-space character (punctuation, an emoji code point) is a token of its own.
 */
const TOKEN = /[\p{L}\p{M}\p{N}_]+(?:['’\-.,:][\p{L}\p{M}\p{N}_]+)*|\S/gu;
const WORDLIKE = /[\p{L}\p{N}]/u;

/** A text cut into non-space tokens and the whitespace around them: gaps[i] comes before tokens[i], gaps[tokens.length] is the trailing whitespace. */
export type TokenizedText = { tokens: string[]; gaps: string[] };

/** Cuts `text` into tokens and whitespace gaps; joining gaps and tokens in turn gives `text` back. */
export function tokenizeWords(text: string): TokenizedText {
  const tokens: string[] = [];
  const gaps: string[] = [];
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    gaps.push(text.slice(last, match.index));
    tokens.push(match[0]);
    last = match.index + match[0].length;
  }
  gaps.push(text.slice(last));
  return { tokens, gaps };
}

/** Number of words (tokens with a letter or digit, so punctuation and emoji don't count) in `text`. */
export function countWords(text: string): number {
  let count = 0;
  for (const match of text.matchAll(TOKEN)) if (WORDLIKE.test(match[0])) count += 1;
  return count;
}
