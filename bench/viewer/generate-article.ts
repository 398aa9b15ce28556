import { seededRandom } from "../seeded-random";

/**
 * A deterministic long article for the viewer benchmark: `words` words in paragraphs of ~50,
 * and `annotations` spans of 2–12 words placed at random word boundaries (overlapping freely).
 */
const WORDS = [
  "the",
  "delegation",
  "minister",
  "said",
  "Doha",
  "talks",
  "security",
  "border",
  "officials",
  "government",
  "regional",
  "peace",
  "operation",
  "Kabul",
  "Islamabad",
  "envoys",
  "conference",
  "claims",
  "alleged",
  "attack",
  "statement",
  "reported",
  "sources",
  "meeting",
  "neighbors",
  "support",
  "national",
  "counter-terrorism",
  "militants",
  "relations",
];

export type BenchAnnotation = { id: string; kind: "claim" | "quote" | "allegation"; start: number; end: number };

export function generateArticle(wordCount: number, annotationCount: number) {
  const next = seededRandom(42);
  const paragraphs: string[][] = [];
  for (let i = 0; i < wordCount; i += 1) {
    if (i % 50 === 0) paragraphs.push([]);
    paragraphs[paragraphs.length - 1].push(WORDS[Math.floor(next() * WORDS.length)]);
  }
  const texts = paragraphs.map((words) => `${words.join(" ")}.`);
  const doc = { type: "doc", content: texts.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })) };
  const text = texts.join("\n");
  // Word start offsets (all ASCII, so code units = code points).
  const wordStarts: number[] = [];
  for (let i = 0; i < text.length; i += 1) if (/\S/.test(text[i]) && (i === 0 || /\s/.test(text[i - 1]))) wordStarts.push(i);
  const wordEnd = (start: number) => {
    let end = start;
    while (end < text.length && /\S/.test(text[end])) end += 1;
    return end;
  };
  const kinds = ["claim", "quote", "allegation"] as const;
  const annotations: BenchAnnotation[] = [];
  for (let i = 0; i < annotationCount; i += 1) {
    const first = Math.floor(next() * (wordStarts.length - 13));
    const length = 2 + Math.floor(next() * 11);
    annotations.push({ id: `a${i}`, kind: kinds[i % 3], start: wordStarts[first], end: wordEnd(wordStarts[first + length - 1]) });
  }
  return { doc, text, annotations };
}
