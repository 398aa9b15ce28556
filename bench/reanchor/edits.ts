/**
 * Edits for the re-anchoring benchmark, applied to the article's structure so that the fate of
 * every old character is known: the new text plus a map from old boundaries to new ones and a flag
 * for each old character that survived unchanged.
 */
import { makeFreshSentence } from "./corpus";
import { wordRanges, type SentenceRef } from "./annotations";

/** How many edits of each kind to make. */
export type EditCounts = {
  deleteSentence: number;
  rewriteFewWords: number;
  rewriteMostWords: number;
  punctuation: number;
  moveSentence: number;
  duplicateSentence: number;
  insertSentence: number;
  insertParagraph: number;
};

/** The new text and the fate of the old one. */
export type EditedText = {
  text: string;
  /** Old UTF-16 boundary → new boundary (−1: gone). */
  boundaryMap: Int32Array;
  /** 1 for each old UTF-16 unit that survived unchanged. */
  kept: Uint8Array;
  counts: EditCounts;
};

type Piece = { text: string; old: SentenceRef | null; localMap: Int32Array | null; localKept: Uint8Array | null };

const REPLACEMENTS = ["significant", "fresh", "disputed", "official", "regional", "unexpected", "revised", "federal", "broad", "modest", "urgent", "limited"];

function identity(sentence: SentenceRef): Piece {
  const localMap = Int32Array.from({ length: sentence.text.length + 1 }, (_, i) => i);
  return { text: sentence.text, old: sentence, localMap, localKept: new Uint8Array(sentence.text.length).fill(1) };
}

/**
 * Rewrites a sentence word by word: `change(i, word)` returns the new word or null to keep it;
 * `separator(i)` the new separator after word i or null to keep " ".
 */
function rewrite(sentence: SentenceRef, change: (i: number, word: string) => string | null, separator: (i: number) => string | null): Piece {
  const words = wordRanges(sentence.text);
  const localMap = new Int32Array(sentence.text.length + 1).fill(-1);
  const localKept = new Uint8Array(sentence.text.length);
  let out = "";
  words.forEach(([a, b], i) => {
    const word = sentence.text.slice(a, b);
    const replacement = change(i, word);
    if (replacement === null) {
      for (let k = a; k < b; k++) {
        localMap[k] = out.length + (k - a);
        localKept[k] = 1;
      }
      out += word;
    } else {
      localMap[a] = out.length;
      out += replacement;
    }
    localMap[b] = out.length;
    if (i === words.length - 1) return;
    const sep = separator(i);
    if (sep === null) localKept[b] = 1;
    out += sep ?? " ";
    localMap[b + 1] = out.length;
  });
  return { text: out, old: sentence, localMap, localKept };
}

/** Replaces the letters of `word`, keeping its leading and trailing punctuation (null: nothing to replace). */
function replaceCore(word: string, random: () => number): string | null {
  const [, lead, core, trail] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(word) as RegExpExecArray;
  if (core === "") return null;
  let next = core;
  while (next === core) next = REPLACEMENTS[Math.floor(random() * REPLACEMENTS.length)];
  return lead + next + trail;
}

/** Applies `counts` edits to the article and records the fate of every old character. */
export function applyEdits(oldText: string, sentences: SentenceRef[], paragraphCount: number, counts: EditCounts, random: () => number): EditedText {
  const pickIndex = (n: number) => Math.floor(random() * n);
  const order = sentences.map((s) => s.id);
  for (let i = order.length - 1; i > 0; i--) {
    const j = pickIndex(i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  const take = (n: number) => order.splice(0, n).map((id) => sentences[id]);
  const deleted = new Set(take(counts.deleteSentence).map((s) => s.id));
  const few = take(counts.rewriteFewWords);
  const most = take(counts.rewriteMostWords);
  const punct = take(counts.punctuation);
  const moved = take(counts.moveSentence);
  const duplicated = take(counts.duplicateSentence);

  const replaced = new Map<number, Piece>();
  for (const s of few) {
    const n = wordRanges(s.text).length;
    const targets = new Set([pickIndex(n), ...(random() < 0.5 ? [pickIndex(n)] : [])]);
    replaced.set(
      s.id,
      rewrite(
        s,
        (i, w) => (targets.has(i) ? replaceCore(w, random) : null),
        () => null,
      ),
    );
  }
  for (const s of most)
    replaced.set(
      s.id,
      rewrite(
        s,
        (_i, w) => (random() < 0.8 ? replaceCore(w, random) : null),
        () => null,
      ),
    );
  for (const s of punct) {
    const n = wordRanges(s.text).length;
    const at = pickIndex(Math.max(1, n - 1));
    replaced.set(
      s.id,
      rewrite(
        s,
        () => null,
        (i) => (i === at ? (random() < 0.5 ? "  " : ", ") : null),
      ),
    );
  }

  const paragraphs: Piece[][] = Array.from({ length: paragraphCount }, () => []);
  const movedIds = new Set(moved.map((s) => s.id));
  for (const s of sentences) {
    if (deleted.has(s.id) || movedIds.has(s.id)) continue;
    paragraphs[s.paragraph].push(replaced.get(s.id) ?? identity(s));
  }
  // Inserted text never lands next to a sentence that was rewritten, nor where one was deleted or
  // moved away: a copy of a similar sentence arriving exactly there reads as an edit of the old
  // one, and the truth would be arbitrary.
  const isQuiet = (p: number, k: number): boolean => {
    const left = paragraphs[p][k - 1];
    const right = paragraphs[p][k];
    const touched = (piece: Piece | undefined) => piece !== undefined && piece.old !== null && replaced.has(piece.old.id);
    if (touched(left) || touched(right)) return false;
    const before = left?.old ?? null;
    const after = right?.old ?? null;
    if (before && after) return after.id === before.id + 1;
    if (after && !left) return after.id === 0 || sentences[after.id - 1].paragraph !== after.paragraph;
    if (before && !right) return before.id === sentences.length - 1 || sentences[before.id + 1].paragraph !== before.paragraph;
    return true;
  };
  const insertAt = (piece: Piece, avoidParagraph: number) => {
    for (;;) {
      const p = pickIndex(paragraphs.length);
      const k = pickIndex(paragraphs[p].length + 1);
      if (p === avoidParagraph || !isQuiet(p, k)) continue;
      paragraphs[p].splice(k, 0, piece);
      return;
    }
  };
  const fresh = (text: string): Piece => ({ text, old: null, localMap: null, localKept: null });
  for (const s of moved) insertAt(identity(s), s.paragraph);
  for (const s of duplicated) insertAt(fresh(s.text), s.paragraph);
  for (let i = 0; i < counts.insertSentence; i++) insertAt(fresh(makeFreshSentence(random)), -1);
  for (let i = 0; i < counts.insertParagraph; i++) {
    const pieces = Array.from({ length: 2 + pickIndex(3) }, () => fresh(makeFreshSentence(random)));
    paragraphs.splice(pickIndex(paragraphs.length + 1), 0, pieces);
  }
  return emit(
    oldText,
    paragraphs.filter((p) => p.length > 0),
    counts,
  );
}

/** Joins the pieces into the new text and lifts their local maps to the whole text. */
function emit(oldText: string, paragraphs: Piece[][], counts: EditCounts): EditedText {
  const boundaryMap = new Int32Array(oldText.length + 1).fill(-1);
  const kept = new Uint8Array(oldText.length);
  let text = "";
  let previous: Piece | null = null;
  paragraphs.forEach((paragraph, p) => {
    paragraph.forEach((piece, i) => {
      const separator = p === 0 && i === 0 ? "" : i === 0 ? "\n" : " ";
      const before = previous?.old;
      // An old separator survives when its two sentences are still neighbours, separated the same way.
      if (before && piece.old && piece.old.id === before.id + 1 && oldText[before.end] === separator) kept[before.end] = 1;
      text += separator;
      if (piece.old && piece.localMap && piece.localKept) {
        const { start } = piece.old;
        piece.localMap.forEach((target, k) => {
          if (target >= 0) boundaryMap[start + k] = text.length + target;
        });
        piece.localKept.forEach((flag, k) => {
          if (flag) kept[start + k] = 1;
        });
      }
      text += piece.text;
      previous = piece;
    });
  });
  return { text, boundaryMap, kept, counts };
}
