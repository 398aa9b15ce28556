/**
 * One benchmark scenario: the article, its annotations (old text), the edited revision, the truth
 * for each annotation and a scorer for placements. Deterministic for a seed.
 */
import { createCodePointIndex, describeSpan, type CodePointIndex, type SpanSelectors } from "../../lib/anchoring";
import { layOut, makeAnnotations, type AnnotationKind, type BenchAnnotation } from "./annotations";
import { seededRandom } from "../seeded-random";
import { makeArticle } from "./corpus";
import { applyEdits, type EditCounts } from "./edits";
import { truthFor, type Truth } from "./truth";

/** Edits of one revision of a ~20,000-word article. */
export const EDITS: EditCounts = {
  deleteSentence: 70,
  rewriteFewWords: 120,
  rewriteMostWords: 50,
  punctuation: 50,
  moveSentence: 40,
  duplicateSentence: 40,
  insertSentence: 120,
  insertParagraph: 15,
};

/**
 * Accuracy against the truth. Scored annotations are correct; partial (placed inside the right
 * span, on at least 60% of its surviving text, but narrower: e.g. a span reaching into a sentence
 * that was mostly rewritten, placed on its surviving part); wrong (placed where they should not be,
 * or placed when they should be orphaned); or orphaned by mistake.
 */
export type Accuracy = { correct: number; partial: number; wrong: number; missedOrphaned: number; unscored: number };

/** A placement in code points of the new text, or null for orphaned. */
export type Placement = { start: number; end: number } | null;

/** Everything one run needs. */
export type Scenario = {
  oldText: string;
  newText: string;
  newIndex: CodePointIndex;
  annotations: BenchAnnotation[];
  truths: Truth[];
  /** Selectors as Factdesk stores them (code points). */
  stored: SpanSelectors[];
  /** Selectors as Hypothesis stores them (UTF-16, 32 units of context). */
  hypothesisStored: { start: number; end: number; exact: string; prefix: string; suffix: string }[];
};

/** Builds the scenario for `seed`. */
export function buildScenario(seed: number, words: number, annotationCount: number): Scenario {
  const random = seededRandom(seed);
  const paragraphs = makeArticle(words, random);
  const { text: oldText, sentences } = layOut(paragraphs);
  const annotations = makeAnnotations(oldText, sentences, annotationCount, random);
  const edited = applyEdits(oldText, sentences, paragraphs.length, EDITS, random);
  const oldIndex = createCodePointIndex(oldText);
  return {
    oldText,
    newText: edited.text,
    newIndex: createCodePointIndex(edited.text),
    annotations,
    truths: annotations.map((a) => truthFor(oldText, edited, a.start, a.end)),
    stored: annotations.map((a) => describeSpan(oldIndex, oldIndex.toCodePoint(a.start), oldIndex.toCodePoint(a.end))),
    hypothesisStored: annotations.map((a) => ({
      start: a.start,
      end: a.end,
      exact: oldText.slice(a.start, a.end),
      prefix: oldText.slice(Math.max(0, a.start - 32), a.start),
      suffix: oldText.slice(a.end, a.end + 32),
    })),
  };
}

/** Scores placements against the scenario's truths; also counts wrong placements by annotation kind. */
export function score(scenario: Scenario, placements: Placement[]): { accuracy: Accuracy; wrongByKind: Partial<Record<AnnotationKind, number>> } {
  const { truths, annotations, newIndex: index } = scenario;
  const accuracy: Accuracy = { correct: 0, partial: 0, wrong: 0, missedOrphaned: 0, unscored: 0 };
  const wrongByKind: Partial<Record<AnnotationKind, number>> = {};
  const wrong = (i: number) => {
    accuracy.wrong++;
    wrongByKind[annotations[i].kind] = (wrongByKind[annotations[i].kind] ?? 0) + 1;
  };
  placements.forEach((placed, i) => {
    const truth = truths[i];
    if (truth.kind === "unscored") return void accuracy.unscored++;
    if (truth.kind === "orphan") return placed === null ? void accuracy.correct++ : wrong(i);
    if (placed === null) return void accuracy.missedOrphaned++;
    const [start, end] = [index.toCodePoint(truth.start), index.toCodePoint(truth.end)];
    const [keptStart, keptEnd] = [index.toCodePoint(truth.keptStart), index.toCodePoint(truth.keptEnd)];
    const overlap = Math.max(0, Math.min(end, placed.end) - Math.max(start, placed.start));
    const union = Math.max(end, placed.end) - Math.min(start, placed.start);
    const exactly = placed.start === start && placed.end === end;
    const inside = placed.start >= start && placed.end <= end;
    // A changed span is placed right if it keeps all its surviving text and nothing beyond its new
    // ends (whether replaced words at its edges are included is a matter of taste), or mostly
    // overlaps the truth (fuzzy matchers may be off by a character or two).
    const keepsSurvivors = truth.kind === "changed" && inside && placed.start <= keptStart && placed.end >= keptEnd;
    const keptOverlap = Math.max(0, Math.min(keptEnd, placed.end) - Math.max(keptStart, placed.start));
    if (exactly || keepsSurvivors || (truth.kind === "changed" && overlap / union >= 0.8)) accuracy.correct++;
    else if (inside && keptOverlap >= 0.6 * (keptEnd - keptStart)) accuracy.partial++;
    else wrong(i);
  });
  return { accuracy, wrongByKind };
}
