/**
 * Annotations for the re-anchoring benchmark: spans of the old text of varied lengths, many
 * overlapping, some on whole sentences, some across sentences, some on stock phrases that repeat.
 */
import { REPEATED_PHRASES } from "./corpus";

/** A sentence of the old text: its id, paragraph and UTF-16 range. */
export type SentenceRef = { id: number; paragraph: number; text: string; start: number; end: number };

/** Kind of annotation, to report accuracy by kind. */
export type AnnotationKind = "words" | "sentence" | "cross-sentence" | "repeated-phrase" | "short";

/** An annotation on the old text (UTF-16 range). */
export type BenchAnnotation = { kind: AnnotationKind; start: number; end: number };

/** Old text of the paragraphs and the position of every sentence in it. */
export function layOut(paragraphs: string[][]): { text: string; sentences: SentenceRef[] } {
  const sentences: SentenceRef[] = [];
  let text = "";
  paragraphs.forEach((paragraph, p) => {
    if (p > 0) text += "\n";
    paragraph.forEach((sentence, i) => {
      if (i > 0) text += " ";
      sentences.push({ id: sentences.length, paragraph: p, text: sentence, start: text.length, end: text.length + sentence.length });
      text += sentence;
    });
  });
  return { text, sentences };
}

/** UTF-16 ranges of the words (space-separated) of `sentence`, relative to its start. */
export function wordRanges(sentence: string): [number, number][] {
  const ranges: [number, number][] = [];
  let at = 0;
  for (const word of sentence.split(" ")) {
    ranges.push([at, at + word.length]);
    at += word.length + 1;
  }
  return ranges;
}

/** `count` annotations on the old text, deterministic for `random`. */
export function makeAnnotations(text: string, sentences: SentenceRef[], count: number, random: () => number): BenchAnnotation[] {
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const phraseStarts = REPEATED_PHRASES.flatMap((phrase) => {
    const starts: [number, number][] = [];
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) starts.push([at, at + phrase.length]);
    return starts;
  });
  const annotations: BenchAnnotation[] = [];
  while (annotations.length < count) {
    const r = random();
    const sentence = pick(sentences);
    const words = wordRanges(sentence.text);
    if (r < 0.5) {
      const first = Math.floor(random() * words.length);
      const last = Math.min(words.length - 1, first + 1 + Math.floor(random() * 11));
      annotations.push({ kind: "words", start: sentence.start + words[first][0], end: sentence.start + words[last][1] });
    } else if (r < 0.65) {
      annotations.push({ kind: "sentence", start: sentence.start, end: sentence.end });
    } else if (r < 0.75) {
      const next = sentences[sentence.id + 1];
      if (!next || next.paragraph !== sentence.paragraph) continue;
      const nextWords = wordRanges(next.text);
      const from = words[Math.max(0, words.length - 1 - Math.floor(random() * 5))][0];
      const to = nextWords[Math.min(nextWords.length - 1, Math.floor(random() * 5))][1];
      annotations.push({ kind: "cross-sentence", start: sentence.start + from, end: next.start + to });
    } else if (r < 0.9) {
      const [start, end] = pick(phraseStarts);
      annotations.push({ kind: "repeated-phrase", start, end });
    } else {
      const candidates = words.filter(([a, b]) => /^[\p{L}\p{N}]{4,}/u.test(sentence.text.slice(a, b)));
      if (candidates.length === 0) continue;
      const [a, b] = pick(candidates);
      const core = sentence.text.slice(a, b).replace(/[^\p{L}\p{N}]+$/u, "");
      annotations.push({ kind: "short", start: sentence.start + a, end: sentence.start + a + core.length });
    }
  }
  return annotations;
}
