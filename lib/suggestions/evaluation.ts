import { createCodePointIndex } from "../anchoring/code-points";
import type { Suggestion } from "./suggest";

/**
 * Scores suggestions against a hand-labelled article: quotes by exact span and speaker, claims and
 * allegations by overlap. Labels name their text (and which occurrence), not offsets. Pure.
 */

/** A labelled span: its exact text, which occurrence (1-based, default 1), and the speaker of a quote. */
export type LabelledSpan = { exact: string; occurrence?: number; speaker?: string };

/** One article of the labelled set. */
export type LabelledArticle = {
  id: string;
  style: string;
  /** "dev" articles may be looked at while tuning the rules; "heldout" ones may not. */
  split: "dev" | "heldout";
  text: string;
  quotes: LabelledSpan[];
  claims: LabelledSpan[];
  allegations: LabelledSpan[];
};

/** Counts behind the scores, summable over articles. */
export type EvaluationCounts = {
  quotesLabelled: number;
  quotesSuggested: number;
  quotesExact: number;
  speakersRight: number;
  claimsLabelled: number;
  claimsFound: number;
  allegationsLabelled: number;
  allegationsFound: number;
  /** Human-readable misses, for tuning. */
  misses: string[];
};

type Located = LabelledSpan & { start: number; end: number };

/** The code-point span of a label in `text`; throws when the text does not hold it. */
export function locateLabel(text: string, label: LabelledSpan): Located {
  let at = -1;
  for (let n = 0; n < (label.occurrence ?? 1); n++) {
    at = text.indexOf(label.exact, at + 1);
    if (at < 0) throw new Error(`Label not found in the text: ${label.exact}`);
  }
  const index = createCodePointIndex(text);
  return { ...label, start: index.toCodePoint(at), end: index.toCodePoint(at + label.exact.length) };
}

/** A speaker as compared: lower case, without a leading article or title and trailing punctuation. */
export function normaliseSpeaker(speaker: string): string {
  return speaker
    .toLowerCase()
    .replace(/^(?:the|a|an)\s+/u, "")
    .replace(/[.,;:]+$/u, "")
    .replace(/\s+/gu, " ")
    .trim();
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Scores the suggestions made for one labelled article. */
export function evaluateArticle(article: LabelledArticle, suggestions: readonly Suggestion[]): EvaluationCounts {
  const quotes = article.quotes.map((label) => locateLabel(article.text, label));
  const suggestedQuotes = suggestions.filter((s) => s.kind === "quote");
  const misses: string[] = [];
  let quotesExact = 0;
  let speakersRight = 0;
  for (const label of quotes) {
    const hit = suggestedQuotes.find((s) => s.start === label.start && s.end === label.end);
    if (!hit) {
      misses.push(`${article.id}: quote missed: ${label.exact.slice(0, 60)}`);
      continue;
    }
    quotesExact++;
    if (normaliseSpeaker(hit.fields.speaker ?? "") === normaliseSpeaker(label.speaker ?? "")) speakersRight++;
    else misses.push(`${article.id}: speaker "${hit.fields.speaker}" instead of "${label.speaker}": ${label.exact.slice(0, 40)}`);
  }
  for (const s of suggestedQuotes) {
    if (!quotes.some((label) => label.start === s.start && label.end === s.end)) misses.push(`${article.id}: extra quote: ${s.exact.slice(0, 60)}`);
  }
  const recall = (labels: LabelledSpan[], kind: Suggestion["kind"]) => {
    let found = 0;
    for (const label of labels.map((l) => locateLabel(article.text, l))) {
      if (suggestions.some((s) => s.kind === kind && overlaps(s, label))) found++;
      else misses.push(`${article.id}: ${kind} missed: ${label.exact.slice(0, 60)}`);
    }
    return found;
  };
  return {
    quotesLabelled: quotes.length,
    quotesSuggested: suggestedQuotes.length,
    quotesExact,
    speakersRight,
    claimsLabelled: article.claims.length,
    claimsFound: recall(article.claims, "claim"),
    allegationsLabelled: article.allegations.length,
    allegationsFound: recall(article.allegations, "allegation"),
    misses,
  };
}

/** The scores over many articles: quote precision and recall, speaker accuracy on found quotes, claim and allegation recall. */
export function summarise(counts: readonly EvaluationCounts[]) {
  const sum = (key: Exclude<keyof EvaluationCounts, "misses">) => counts.reduce((total, c) => total + c[key], 0);
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    quotePrecision: ratio(sum("quotesExact"), sum("quotesSuggested")),
    quoteRecall: ratio(sum("quotesExact"), sum("quotesLabelled")),
    speakerAccuracy: ratio(sum("speakersRight"), sum("quotesExact")),
    claimRecall: ratio(sum("claimsFound"), sum("claimsLabelled")),
    allegationRecall: ratio(sum("allegationsFound"), sum("allegationsLabelled")),
    quotesLabelled: sum("quotesLabelled"),
    misses: counts.flatMap((c) => c.misses),
  };
}
