/**
 * Re-anchoring annotations from one revision of an article to the next.
 *
 * One diff between the two texts is computed (sentences, then words: text-diff.ts); each old span
 * is mapped through it (start sticks right, end sticks left, like ProseMirror's `Mapping.map`) and
 * the mapped span is checked against the old quote. Only when that fails (the text under the span
 * was removed or mostly rewritten) does the quote search of `resolveAnchor` run, and it may only
 * accept a place the span demonstrably moved to (move-evidence.ts): never text that survived from
 * the old revision (a twin), never new text that merely looks alike.
 */
import { ACCEPTANCE, type OrphanReason } from "./anchor-decisions";
import { weightedScore } from "./anchor-scoring";
import { codePointLength, createCodePointIndex, type CodePointIndex } from "./code-points";
import { createDiffMapping, type DiffMapping } from "./diff-mapping";
import { contextSimilarity } from "./edit-distance";
import { indexInsertedText, type InsertedText } from "./inserted-text";
import { moveCheck } from "./move-evidence";
import { findOccurrences } from "./occurrences";
import { resolveAnchor, type ResolvedAnchor } from "./resolve-anchor";
import { describeSpan, type AnchorSelectors, type QuoteInput, type SpanSelectors } from "./selectors";
import { diffTexts } from "./text-diff";

/** Why re-anchoring orphaned an annotation. */
export type ReanchorOrphanReason = OrphanReason | "deleted" | "rewritten";

/** Outcome for one annotation; offsets in code points of the new text, end exclusive. */
export type ReanchorResult =
  | {
      /** `unchanged`: same text at the same offsets; `moved`: same text at new offsets. */
      status: "unchanged" | "moved";
      start: number;
      end: number;
      /** Selectors on the new text (prefix/suffix taken from it). */
      selectors: SpanSelectors;
      confidence: number;
      /** `diff`: followed through the diff; `quote`: found again by its exact quote. */
      method: "diff" | "quote";
    }
  | {
      /** The text under the annotation was edited, but less than half of it. */
      status: "changed";
      start: number;
      end: number;
      selectors: SpanSelectors;
      confidence: number;
      method: "diff" | "fuzzy";
      oldExact: string;
      newExact: string;
      /** Only whitespace or punctuation differ. */
      cosmetic: boolean;
    }
  | {
      status: "orphaned";
      start: null;
      end: null;
      selectors: null;
      reason: ReanchorOrphanReason;
      /** Score of the best refused candidate (0 when there was none). */
      confidence: number;
      oldExact: string;
    };

/** Options of {@link reanchorAnnotations}. */
export type ReanchorOptions = {
  /** Least confidence of a changed span (default `ACCEPTANCE.fuzzyThreshold`, 0.7). */
  threshold?: number;
  /** Prefix/suffix length of the new selectors (default 32). */
  contextLength?: number;
};

type Revision = {
  old: CodePointIndex;
  new: CodePointIndex;
  mapping: DiffMapping;
  options: ReanchorOptions;
  /** Where the new revision inserted text, indexed by word (built on first use). */
  inserted?: InsertedText;
};

const COSMETIC = /[\s\p{P}]/gu;

/** Whether `a` and `b` differ only in whitespace and punctuation. */
export function isCosmeticChange(a: string, b: string): boolean {
  return a.replace(COSMETIC, "") === b.replace(COSMETIC, "");
}

/** UTF-16 span of the anchor in the old text: its position if it holds the quote, else where the quote resolves. */
function locateInOld(rev: Revision, anchor: AnchorSelectors): [number, number] | null {
  const { position, quote } = anchor;
  if (position && Number.isInteger(position.start) && Number.isInteger(position.end) && position.start < position.end && position.end <= rev.old.length) {
    const start = rev.old.toUtf16(position.start);
    const end = rev.old.toUtf16(position.end);
    if (rev.old.text.slice(start, end) === quote.exact) return [start, end];
  }
  const found = resolveAnchor(rev.old, anchor);
  if (found.status !== "exact" && found.status !== "moved") return null;
  return [rev.old.toUtf16(found.start), rev.old.toUtf16(found.end)];
}

/** The result for new UTF-16 span `[start, end)`; `old` is the UTF-16 span in the old text, if known. */
function placedResult(rev: Revision, [start, end]: [number, number], old: [number, number] | null, quote: QuoteInput, confidence: number, method: "diff" | "quote" | "fuzzy"): ReanchorResult {
  const s = rev.new.toCodePoint(start);
  const e = rev.new.toCodePoint(end);
  const selectors = describeSpan(rev.new, s, e, { contextLength: rev.options.contextLength });
  if (selectors.quote.exact === quote.exact && method !== "fuzzy") {
    const same = old !== null && s === rev.old.toCodePoint(old[0]) && e === rev.old.toCodePoint(old[1]);
    return { status: same ? "unchanged" : "moved", start: s, end: e, selectors, confidence, method };
  }
  return {
    status: "changed",
    start: s,
    end: e,
    selectors,
    confidence,
    method: method === "quote" ? "fuzzy" : method,
    oldExact: quote.exact,
    newExact: selectors.quote.exact,
    cosmetic: isCosmeticChange(quote.exact, selectors.quote.exact),
  };
}

/** Share of a lost passage's words an inserted range must hold to be searched for it. */
const PASSAGE_SHARE = 0.6;

/** Ranges where the fuzzy fallback may look for a lost span: inserted text holding most of its passage. */
function fuzzyRangesFor(rev: Revision, passage: string): { start: number; end: number }[] {
  rev.inserted ??= indexInsertedText(rev.new.text, rev.mapping.insertedRanges());
  return rev.inserted.rangesResembling(passage, PASSAGE_SHARE).map(([s, e]) => ({ start: rev.new.toCodePoint(s), end: rev.new.toCodePoint(e) }));
}

/**
 * Falls back to the quote search once the diff has lost the span: only places the span can have
 * moved to are allowed (see move-evidence.ts).
 */
function searchAgain(rev: Revision, anchor: AnchorSelectors, old: [number, number], mapped: [number, number], lost: ReanchorOrphanReason): ReanchorResult {
  const { quote } = anchor;
  const orphaned = (reason: ReanchorOrphanReason, confidence: number): ReanchorResult => ({
    status: "orphaned",
    start: null,
    end: null,
    selectors: null,
    reason,
    confidence,
    oldExact: quote.exact,
  });
  const repeated = findOccurrences(rev.old.text, quote.exact, 2).length > 1;
  const check = moveCheck({ old: rev.old.text, new: rev.new.text }, rev.mapping, old, { codePoints: codePointLength(quote.exact), repeated });
  if (!check) return orphaned(lost, 0);
  const hint = rev.new.toCodePoint(mapped[0]);
  const found: ResolvedAnchor = resolveAnchor(
    rev.new,
    { quote, position: { start: hint, end: hint + codePointLength(quote.exact) } },
    {
      threshold: rev.options.threshold,
      allowCandidate: (start, end) => check.accepts(rev.new.toUtf16(start), rev.new.toUtf16(end)),
      fuzzyRanges: fuzzyRangesFor(rev, check.passage),
      requireContext: repeated,
    },
  );
  if (found.status === "orphaned") {
    return orphaned(found.reason === "not-found" || found.reason === "low-confidence" ? lost : found.reason, found.confidence);
  }
  const method = found.status === "fuzzy" ? "fuzzy" : "quote";
  return placedResult(rev, [rev.new.toUtf16(found.start), rev.new.toUtf16(found.end)], old, quote, found.confidence, method);
}

function reanchorOne(rev: Revision, anchor: AnchorSelectors): ReanchorResult {
  const { quote } = anchor;
  const old = locateInOld(rev, anchor);
  if (!old) return fromResolve(rev, anchor);
  const start = rev.mapping.map(old[0], 1).pos;
  const end = Math.max(start, rev.mapping.map(old[1], -1).pos);
  if (rev.new.text.slice(start, end) === quote.exact) return placedResult(rev, [start, end], old, quote, 1, "diff");

  const longer = Math.max(old[1] - old[0], end - start);
  const change = rev.mapping.spanChange(old[0], old[1], start, end);
  const similarity = end > start ? 1 - change.cost / longer : 0;
  const prefix = quote.prefix ? contextSimilarity(quote.prefix, rev.new.text, start, "before") : null;
  const suffix = quote.suffix ? contextSimilarity(quote.suffix, rev.new.text, end, "after") : null;
  const confidence = weightedScore(similarity, prefix, suffix, 1);
  const threshold = rev.options.threshold ?? ACCEPTANCE.fuzzyThreshold;
  if (similarity >= ACCEPTANCE.minQuoteSimilarity && confidence >= threshold) {
    return placedResult(rev, [start, end], old, quote, confidence, "diff");
  }
  // Mostly deleted (little added in its place) or mostly rewritten: says why, if it ends orphaned.
  const lost: ReanchorOrphanReason = change.added * 2 <= change.removed ? "deleted" : "rewritten";
  return searchAgain(rev, anchor, old, [start, end], lost);
}

/** For selectors that do not fit the old text at all: resolve them directly on the new text. */
function fromResolve(rev: Revision, anchor: AnchorSelectors): ReanchorResult {
  const found = resolveAnchor(rev.new, anchor, { threshold: rev.options.threshold });
  if (found.status === "orphaned") {
    return { status: "orphaned", start: null, end: null, selectors: null, reason: found.reason, confidence: found.confidence, oldExact: anchor.quote.exact };
  }
  const span: [number, number] = [rev.new.toUtf16(found.start), rev.new.toUtf16(found.end)];
  return placedResult(rev, span, null, anchor.quote, found.confidence, found.status === "fuzzy" ? "fuzzy" : "quote");
}

/**
 * Re-anchors annotations made on `oldText` to `newText`; returns one result per anchor, in order.
 * Cost: one diff (near-linear for local edits), then O(log n) per annotation whose text survived.
 */
export function reanchorAnnotations(oldText: string, newText: string, anchors: readonly AnchorSelectors[], options: ReanchorOptions = {}): ReanchorResult[] {
  const rev: Revision = {
    old: createCodePointIndex(oldText),
    new: createCodePointIndex(newText),
    mapping: createDiffMapping(diffTexts(oldText, newText)),
    options,
  };
  return anchors.map((anchor) => reanchorOne(rev, anchor));
}
