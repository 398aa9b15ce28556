/**
 * Parsing of the desk search box's query into what PostgreSQL full-text search runs: the
 * `websearch_to_tsquery` part (words, "quoted phrases", `or`, `-excluded`) and a prefix term (the
 * last bare word, so "inflat" already finds "inflation" while typing). Pure: no database.
 */

/** The longest query accepted (characters). */
export const MAX_SEARCH_QUERY_CHARS = 200;

/** A query ready for SQL: `web` for websearch_to_tsquery, `prefix` for to_tsquery (`''` when none). */
export type ParsedSearchQuery = { web: string; prefix: string };

export type SearchQueryResult = { ok: true; query: ParsedSearchQuery } | { ok: false; message: string };

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const BARE_WORD = /^[\p{L}\p{N}\p{M}]+$/u;
const CONNECTIVES = new Set(["or", "and"]);

/** A word as a to_tsquery prefix literal: quoted (quotes doubled) and marked `:*`. */
function prefixLiteral(word: string): string {
  return `'${word.replaceAll("'", "''")}':*`;
}

/** Splits off the last bare word of a query when it is not inside quotes nor negated. */
function splitLastWord(text: string): { rest: string; last: string | null } {
  const quotes = (text.match(/"/g) ?? []).length;
  if (quotes % 2 === 1) return { rest: text, last: null };
  const match = /(^|\s)([^\s"]+)$/u.exec(text);
  if (!match) return { rest: text, last: null };
  const token = match[2];
  // Trailing punctuation ("inflation," or "rose.") does not stop the last word being a prefix.
  const word = token.replace(/[^\p{L}\p{N}\p{M}]+$/u, "");
  if (!BARE_WORD.test(word) || CONNECTIVES.has(word.toLowerCase())) return { rest: text, last: null };
  const rest = text.slice(0, match.index + match[1].length).trimEnd();
  // After `or` the word is one side of an alternative: a prefix term is ANDed with the rest, which
  // would require both sides, so websearch keeps it (matched whole, by its stem).
  if (/(^|\s)or$/iu.test(rest)) return { rest: text, last: null };
  return { rest, last: word };
}

/**
 * Checks and parses a search box query. Refuses an empty one, one longer than
 * {@link MAX_SEARCH_QUERY_CHARS}, and one with no letters or digits, each with a message saying so.
 * NFC-normalises the text (Urdu typed on different keyboards composes the same).
 */
export function parseSearchQuery(raw: string): SearchQueryResult {
  const text = raw.normalize("NFC").replace(/\s+/gu, " ").trim();
  if (text.length === 0) return { ok: false, message: "Type something to search for." };
  if (text.length > MAX_SEARCH_QUERY_CHARS) return { ok: false, message: `The search is too long: keep it under ${MAX_SEARCH_QUERY_CHARS} characters.` };
  if (!WORD_CHAR.test(text)) return { ok: false, message: "The search has no words or numbers to look for." };
  const { rest, last } = splitLastWord(text);
  return { ok: true, query: { web: rest, prefix: last ? prefixLiteral(last.toLowerCase()) : "" } };
}

/**
 * The words a query looks for, as typed (lowercased): its bare words, phrase words and prefix,
 * without excluded (`-word`) ones and connectives. Used to find where in a long text the hits
 * are, so a snippet is cut from there rather than from the whole text.
 */
export function wordsToLocate(query: ParsedSearchQuery): string[] {
  const words: string[] = [];
  for (const token of query.web.replace(/"/g, " ").split(" ")) {
    if (token === "" || token.startsWith("-")) continue;
    for (const word of token.split(/[^\p{L}\p{N}\p{M}]+/u)) if (word !== "" && !CONNECTIVES.has(word.toLowerCase())) words.push(word.toLowerCase());
  }
  const prefix = prefixWord(query);
  if (prefix) words.push(prefix);
  return [...new Set(words)];
}

/**
 * The prefix term's word as a whole-word to_tsquery literal (`''` when none). The English side
 * of the search matches the last word by its stem (exactly), the as-written side by prefix: a
 * prefix match is the costly part of a GIN lookup, and the stem's prefix adds nothing the
 * as-written prefix does not already find.
 */
export function lastWordLiteral(query: ParsedSearchQuery): string {
  return query.prefix.replace(/:\*$/u, "");
}

/** The prefix term's word (lowercased, unquoted; `''` when the query has none). */
export function prefixWord(query: ParsedSearchQuery): string {
  return /^'(.*)':\*$/u.exec(query.prefix)?.[1].replaceAll("''", "'") ?? "";
}

/**
 * The range of strings the prefix term's word begins (`null` when none): from the word itself up
 * to, not including, the word with its last character's code point one higher. Compared byte by
 * byte (collation "C", UTF-8 keeps code point order), it holds exactly the words a tsquery prefix
 * `'word':*` matches. The search looks them up in the desk's lexicon (table `SearchLexeme`), an
 * index range, to match the few whole words a prefix stands for rather than a GIN partial match.
 */
export function prefixRange(query: ParsedSearchQuery): { from: string; to: string } | null {
  const word = prefixWord(query);
  const chars = [...word];
  const last = chars.pop()?.codePointAt(0);
  if (last === undefined || last >= 0x10ffff) return null;
  // No string holds a lone surrogate: past U+D7FF comes U+E000.
  const next = last + 1 >= 0xd800 && last + 1 <= 0xdfff ? 0xe000 : last + 1;
  return { from: word, to: chars.join("") + String.fromCodePoint(next) };
}

/**
 * The quoted phrases every match of the query must hold (websearch joins terms with AND): each
 * closed `"…"` standing alone (after a space or at the start, before a space or at the end), not
 * excluded with `-`. None when the query has `or`, which may make any of them optional. The
 * search narrows article texts to those holding each phrase's adjacent word pairs.
 */
export function requiredPhrases(query: ParsedSearchQuery): string[] {
  const outsideQuotes = query.web.replace(/"[^"]*"?/gu, " ");
  if (outsideQuotes.split(" ").some((token) => token.toLowerCase() === "or")) return [];
  const phrases: string[] = [];
  for (const match of query.web.matchAll(/(^|\s)(-?)"([^"]*)"(?=\s|$)/gu)) if (match[2] === "" && match[3].trim() !== "") phrases.push(match[3]);
  return phrases;
}
