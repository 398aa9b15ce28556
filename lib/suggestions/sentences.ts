import type { Quotation, Span } from "./quotations";

/**
 * Sentences of a paragraph for the suggester: a sentence ends at . ! ? (with any closing marks)
 * before whitespace and a capital, digit or opening quote — but not after an abbreviation
 * ("Dr.", "U.S.", "Jan.") and not inside a quotation (a quoted passage of several sentences
 * stays in the sentence that introduces it). UTF-16 indices; pure.
 */

const ABBREVIATIONS = new Set(
  "mr mrs ms dr prof st jr sr gen col lt maj capt sgt cpl adm gov sen rep rev hon pres supt insp det no nos vs etc inc ltd co corp dept est approx fig jan feb mar apr jun jul aug sep sept oct nov dec mt ft ave blvd pp vol ed eds".split(
    " ",
  ),
);

const CLOSING_MARKS = "\"'”’»)]›」』";
const OPENING = /["“‘«„([\p{Lu}\p{N}\p{Lo}]/u;

function endsWithAbbreviation(text: string, dotAt: number, floor: number): boolean {
  let j = dotAt;
  while (j > floor && /[\p{L}.]/u.test(text[j - 1])) j--;
  const word = text.slice(j, dotAt);
  if (word === "") return false;
  // Initials and dotted acronyms: "U.S.", "J.", "a.m."
  if (/^(?:\p{L}\.)*\p{L}$/u.test(word) && (word.length === 1 || word.includes("."))) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

function insideQuotation(index: number, quotations: readonly Quotation[]): boolean {
  let lo = 0;
  let hi = quotations.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = quotations[mid];
    if (index < q.open) hi = mid - 1;
    else if (index >= q.close - 1) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Sentences of each paragraph, in order, trimmed; `quotations` must be sorted by `open`. */
export function splitSentences(text: string, paragraphs: readonly Span[], quotations: readonly Quotation[] = []): Span[] {
  const sentences: Span[] = [];
  for (const paragraph of paragraphs) {
    let start = paragraph.start;
    for (let i = paragraph.start; i < paragraph.end; i++) {
      const ch = text[i];
      if (ch !== "." && ch !== "!" && ch !== "?") continue;
      let end = i + 1;
      while (end < paragraph.end && CLOSING_MARKS.includes(text[end])) end++;
      if (end >= paragraph.end || !/\s/.test(text[end])) continue;
      let next = end;
      while (next < paragraph.end && /\s/.test(text[next])) next++;
      if (next >= paragraph.end || !OPENING.test(text[next])) continue;
      if (ch === "." && endsWithAbbreviation(text, i, paragraph.start)) continue;
      if (insideQuotation(i, quotations) && insideQuotation(next, quotations)) continue;
      if (insideQuotation(i, quotations) && end === i + 1) continue;
      // “Why?” Ms Marsh asked. — a short attribution after a quote stays in the quote's sentence.
      if (insideQuotation(i, quotations) && isShortAttribution(text.slice(next, Math.min(paragraph.end, next + 160)))) continue;
      pushTrimmed(text, sentences, start, end);
      start = next;
      i = next - 1;
    }
    pushTrimmed(text, sentences, start, paragraph.end);
  }
  return sentences;
}

const ATTRIBUTION_VERB =
  /^(?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}(?:he|she|they|it|we)?\s*(?:said|says|asked|asks|added|replied|told|wrote|explained|insisted|answered|continued|recalled|warned)(?![\p{L}])/u;

function isShortAttribution(rest: string): boolean {
  const clause = /^[^.!?]*[.!?]?/u.exec(rest)?.[0] ?? "";
  return clause.split(/\s+/).length <= 10 && ATTRIBUTION_VERB.test(clause);
}

function pushTrimmed(text: string, into: Span[], start: number, end: number): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) into.push({ start, end });
}
