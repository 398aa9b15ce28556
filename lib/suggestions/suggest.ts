import { createCodePointIndex } from "../anchoring/code-points";
import type { AnnotationKind } from "../domain/annotation-kinds";
import { allegationParties, isAllegation } from "./allegations";
import { attributionAfter, attributionBefore, type SpeakerReference } from "./attribution";
import { claimSignals, describeSignals, type ClaimSignal } from "./check-worthiness";
import { NameRegistry, leadingName } from "./names";
import { findQuotations, splitParagraphs, type Quotation, type Span } from "./quotations";
import { splitSentences } from "./sentences";

/** Why a suggestion was made, as a code the interface words in the reader's language. */
export type SuggestionReasonCode = "quotation" | "quotation_attributed" | "quotation_speaker_before" | "quotation_continued" | "interview_answer" | "accusation" | "signals";

const REASONS: Record<Exclude<SuggestionReasonCode, "signals">, string> = {
  quotation: "Quotation marks",
  quotation_attributed: "Quotation marks with an attribution",
  quotation_speaker_before: "Quotation marks; speaker named or quoted just before",
  quotation_continued: "Quote continued from the paragraph before",
  interview_answer: "Interview answer after a speaker label",
  accusation: "Says someone is accused of something",
};

/** One proposed annotation: a kind, a span in code points, the fields Factdesk could infer and why. */
export type Suggestion = {
  kind: AnnotationKind;
  /** Code-point offsets into the article's plain text, end exclusive. */
  start: number;
  end: number;
  exact: string;
  /** Prefilled fields, named as the annotation form names them (speaker, claimant, allegedBy, allegedAgainst). */
  fields: Record<string, string>;
  /** Why it was suggested, in English (the API's wording). */
  reason: string;
  /** Why it was suggested, as a code; for `signals`, the claim's signals (strongest first) say which. */
  reasonCode: SuggestionReasonCode;
  /** What makes a claim worth checking (empty for quotes and allegations). */
  signals: ClaimSignal[];
  /** 0–1: how sure the rules are. */
  confidence: number;
};

/** Fewer words than this between quotation marks is a scare quote ("unusual"), not somebody's words. */
const MIN_QUOTE_WORDS = 3;
const SPEAKER_LABEL = /^([\p{Lu}][\p{L}\p{M}.'’-]*(?:\s+[\p{Lu}][\p{L}\p{M}.'’-]*){0,3}):\s+(\S.*)$/su;
const QUESTION_LABELS = /^(?:q|question|interviewer|editor's note|note|update|correction|read more|also read|see also|photo)$/iu;

type Found = Omit<Suggestion, "start" | "end" | "exact" | "reason"> & Span;

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Somebody's words rather than a scare quote: three words or more, or two ending a sentence ("completely untrue."). */
function isDirectQuote(inner: string): boolean {
  const words = wordCount(inner);
  return words >= MIN_QUOTE_WORDS || (words === 2 && /[.!?]$/u.test(inner));
}

/** The span of sorted, disjoint `spans` holding `index` (binary search). */
function containing(spans: readonly Span[], index: number): Span | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (index < spans[mid].start) hi = mid - 1;
    else if (index >= spans[mid].end) lo = mid + 1;
    else return spans[mid];
  }
  return undefined;
}

/** Index of the first of the sorted `quotations` that closes after `index`. */
function firstClosingAfter(quotations: readonly Quotation[], index: number): number {
  let lo = 0;
  let hi = quotations.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotations[mid].close <= index) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Finds speakers and keeps the article's memory of names and of who spoke last. */
class SpeakerResolver {
  readonly names = new NameRegistry();
  lastSpeaker = "";
  lastSpokeAt = -1;

  spoke(speaker: string, at: number): void {
    this.lastSpeaker = speaker;
    this.lastSpokeAt = at;
  }

  resolve(reference: SpeakerReference | null): string {
    if (!reference) return "";
    if (reference.kind === "pronoun") {
      // "he said" refers to whoever was named or quoted last.
      const person = this.names.lastPerson;
      return person.at > this.lastSpokeAt && person.name ? person.name : this.lastSpeaker || person.name;
    }
    if (reference.kind === "role") return reference.text;
    return this.names.resolve(reference.text);
  }
}

function quoteSpeaker(text: string, q: Quotation, sentence: Span | undefined): SpeakerReference | null {
  if (!sentence) return null;
  const lead = text.slice(sentence.start, q.open);
  const tail = text.slice(q.close, sentence.end);
  const leadIntroduces = /[:,]\s*$/.test(lead) && lead.trim() !== "";
  if (leadIntroduces) return attributionBefore(lead) ?? attributionAfter(tail);
  return attributionAfter(tail) ?? (lead.trim() ? attributionBefore(lead) : null);
}

function maskQuotes(text: string, span: Span, quotations: readonly Quotation[]): string {
  let masked = text.slice(span.start, span.end);
  for (let k = firstClosingAfter(quotations, span.start); k < quotations.length && quotations[k].open < span.end; k++) {
    const q = quotations[k];
    const from = Math.max(q.open, span.start) - span.start;
    const to = Math.min(q.close, span.end) - span.start;
    masked = masked.slice(0, from) + " ".repeat(to - from) + masked.slice(to);
  }
  return masked;
}

/**
 * Suggests the quotes, claims and allegations of an article's plain text, in document order,
 * with code-point offsets. Rule-based and explainable; linear in the text's length.
 */
export function suggestAnnotations(text: string): Suggestion[] {
  const paragraphs = splitParagraphs(text);
  const quotations = findQuotations(text, paragraphs);
  const sentences = splitSentences(text, paragraphs, quotations);
  const speakers = new SpeakerResolver();
  const found: Found[] = [];
  let q = 0;

  for (const paragraph of paragraphs) {
    let learnedTo = paragraph.start;
    let previousInParagraph = "";
    let quotedHere = false;
    for (; q < quotations.length && quotations[q].open < paragraph.end; q++) {
      const quotation = quotations[q];
      quotedHere = true;
      speakers.names.learnFrom(text.slice(learnedTo, quotation.open), learnedTo);
      learnedTo = quotation.close;
      const inner = text.slice(quotation.innerStart, quotation.innerEnd);
      if (!quotation.continued && !isDirectQuote(inner)) continue;
      const reference = quoteSpeaker(text, quotation, containing(sentences, quotation.open));
      let speaker = speakers.resolve(reference);
      let confidence = reference ? 0.9 : 0.5;
      let reasonCode: SuggestionReasonCode = reference ? "quotation_attributed" : "quotation";
      if (!speaker) {
        // No attribution: the speaker of the quote before in this paragraph, else whoever was named or quoted last.
        speaker = previousInParagraph || speakers.resolve({ kind: "pronoun", text: "" });
        if (speaker) reasonCode = quotation.continued ? "quotation_continued" : "quotation_speaker_before";
        confidence = quotation.continued ? 0.8 : 0.5;
      }
      if (speaker) speakers.spoke(speaker, quotation.open);
      previousInParagraph = speaker;
      found.push({ kind: "quote", start: quotation.innerStart, end: quotation.innerEnd, fields: { speaker }, reasonCode, signals: [], confidence });
    }
    speakers.names.learnFrom(text.slice(learnedTo, paragraph.end), learnedTo);
    if (quotedHere) continue;
    // Q&A: "Okafor: We never…" — the answer is the named person's words; questions are not quotes.
    const body = text.slice(paragraph.start, paragraph.end);
    const label = SPEAKER_LABEL.exec(body.trim());
    if (label && !QUESTION_LABELS.test(label[1]) && label[1] !== label[1].toUpperCase()) {
      const answerStart = paragraph.start + body.indexOf(label[2]);
      const isAnswerLetter = /^a(?:nswer)?$/iu.test(label[1]);
      const speaker = isAnswerLetter ? speakers.lastSpeaker || speakers.names.first : speakers.resolve(leadingName(label[1]) ? { kind: "name", text: leadingName(label[1])! } : null);
      if (speaker || isAnswerLetter) {
        const end = paragraph.start + body.trimEnd().length;
        found.push({ kind: "quote", start: answerStart, end, fields: { speaker }, reasonCode: "interview_answer", signals: [], confidence: 0.7 });
        if (speaker) speakers.spoke(speaker, answerStart);
      }
    }
  }

  for (const sentence of sentences) {
    const raw = text.slice(sentence.start, sentence.end);
    if (isAllegation(raw)) {
      const parties = allegationParties(raw);
      found.push({ kind: "allegation", ...sentence, fields: { ...parties }, reasonCode: "accusation", signals: [], confidence: parties.allegedAgainst ? 0.8 : 0.6 });
      continue;
    }
    const masked = maskQuotes(text, sentence, quotations);
    const signals = claimSignals(masked);
    if (signals.length === 0) continue;
    const claimant = speakers.resolve(attributionBefore(masked.replace(/\s+/g, " ")));
    found.push({ kind: "claim", ...sentence, fields: { claimant }, reasonCode: "signals", signals, confidence: Math.min(0.9, 0.35 + 0.15 * signals.length) });
  }

  const index = createCodePointIndex(text);
  return found
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map(({ start, end, ...rest }) => ({
      ...rest,
      reason: rest.reasonCode === "signals" ? describeSignals(rest.signals) : REASONS[rest.reasonCode],
      start: index.toCodePoint(start),
      end: index.toCodePoint(end),
      exact: text.slice(start, end),
    }));
}
