/**
 * Second level of the text diff: inside a block of changed sentences, decides which old sentences
 * became which new ones (one to one, or one split in two, or two merged). Only a group that keeps
 * at least half of its words (by length) counts as edited and is diffed word by word; any other
 * sentence was deleted or replaced, so no annotation can slide from it into unrelated new text that
 * happens to share words with it.
 */
import type { DiffHunk } from "./text-diff";

/** Least share of words (weighted by length) two sentences must keep to be one edited sentence. */
export const SENTENCE_PAIRING_THRESHOLD = 0.5;

/**
 * The same for a sentence that also appears verbatim elsewhere in the other text (a move or a
 * copy): only a near-identical partner here beats that evidence.
 */
export const MOVED_SENTENCE_PAIRING_THRESHOLD = 0.9;

const MAX_PAIR_CELLS = 900;
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const UNIT = /\s+|\S[^\n]*?(?:[.!?]+["'»”’)\]]*(?=\s|$)|(?=\n)|$)/gu;

type Unit = { start: number; end: number };

/** The sentences (not the whitespace between them) of `text[from…to)`. */
export function sentencesIn(text: string, from: number, to: number): Unit[] {
  const units: Unit[] = [];
  for (const m of text.slice(from, to).matchAll(UNIT)) {
    if (/\S/.test(m[0])) units.push({ start: from + (m.index as number), end: from + (m.index as number) + m[0].length });
  }
  return units;
}

/** Length of the words `a` and `b` share in order (longest common subsequence), and of the longer word list. */
function sharedWords(a: string, b: string): { shared: number; total: number } {
  const wa = a.match(WORD) ?? [];
  const wb = b.match(WORD) ?? [];
  const total = Math.max(wa.join("").length, wb.join("").length);
  let previous = new Float64Array(wb.length + 1);
  let current = new Float64Array(wb.length + 1);
  for (let i = 1; i <= wa.length; i++) {
    for (let j = 1; j <= wb.length; j++) {
      const match = wa[i - 1] === wb[j - 1] ? previous[j - 1] + wa[i - 1].length : 0;
      current[j] = Math.max(previous[j], current[j - 1], match);
    }
    [previous, current] = [current, previous];
  }
  return { shared: previous[wb.length], total };
}

/** Share of the words of `a` and `b` (weighted by length) in their longest common subsequence. */
export function wordSimilarity(a: string, b: string): number {
  const { shared, total } = sharedWords(a, b);
  return total === 0 ? (a === b ? 1 : 0) : shared / total;
}

type Group = { old: Unit; new: Unit };

/**
 * Order-preserving alignment of sentence groups (1:1, 2:1 or 1:2, so a sentence split in two or
 * two merged into one still align) that keep at least the threshold share of their words,
 * maximising the length of words shared.
 */
function alignSentences(text: [string, string], olds: Unit[], news: Unit[], moved: ReadonlySet<string>): Group[] {
  const n = olds.length;
  const m = news.length;
  const span = (units: Unit[], from: number, count: number): Unit => ({ start: units[from].start, end: units[from + count - 1].end });
  const weight = (i: number, di: number, j: number, dj: number): number => {
    if (i < di || j < dj) return -1;
    const o = span(olds, i - di, di);
    const u = span(news, j - dj, dj);
    const { shared, total } = sharedWords(text[0].slice(o.start, o.end), text[1].slice(u.start, u.end));
    const hasMoved = olds.slice(i - di, i).some((x) => moved.has(text[0].slice(x.start, x.end))) || news.slice(j - dj, j).some((x) => moved.has(text[1].slice(x.start, x.end)));
    const threshold = hasMoved ? MOVED_SENTENCE_PAIRING_THRESHOLD : SENTENCE_PAIRING_THRESHOLD;
    // Shared length times similarity: a group grows (1:2, 2:1) only when that matches better, not
    // merely when the extra sentence adds a few shared stock words.
    return total > 0 && shared / total >= threshold ? (shared * shared) / total : -1;
  };
  const best = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  const move = Array.from({ length: n + 1 }, () => new Int8Array(m + 1));
  const steps: [number, number][] = [
    [1, 1],
    [2, 1],
    [1, 2],
  ];
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if (i === 0 && j === 0) continue;
      let value = i > 0 ? best[i - 1][j] : -Infinity;
      let how = 1;
      if (j > 0 && best[i][j - 1] > value) [value, how] = [best[i][j - 1], 2];
      steps.forEach(([di, dj], k) => {
        const w = weight(i, di, j, dj);
        if (w > 0 && best[i - di][j - dj] + w > value) [value, how] = [best[i - di][j - dj] + w, 3 + k];
      });
      best[i][j] = value;
      move[i][j] = how;
    }
  }
  const groups: Group[] = [];
  for (let i = n, j = m; i > 0 || j > 0;) {
    const how = move[i][j];
    if (how === 1) i--;
    else if (how === 2) j--;
    else {
      const [di, dj] = steps[how - 3];
      groups.push({ old: span(olds, i - di, di), new: span(news, j - dj, dj) });
      i -= di;
      j -= dj;
    }
  }
  return groups.reverse();
}

/** A replacement of `old[oFrom…oTo)` by `new[nFrom…nTo)`, without its common leading and trailing whitespace. */
function replacement(oldText: string, newText: string, oFrom: number, oTo: number, nFrom: number, nTo: number): DiffHunk[] {
  while (oFrom < oTo && nFrom < nTo && oldText[oFrom] === newText[nFrom] && /\s/.test(oldText[oFrom])) {
    oFrom++;
    nFrom++;
  }
  while (oTo > oFrom && nTo > nFrom && oldText[oTo - 1] === newText[nTo - 1] && /\s/.test(oldText[oTo - 1])) {
    oTo--;
    nTo--;
  }
  return oFrom === oTo && nFrom === nTo ? [] : [{ oldStart: oFrom, oldEnd: oTo, newStart: nFrom, newEnd: nTo }];
}

/**
 * Refines one changed block of sentences: word-level diffs for edited sentence pairs, plain
 * replacements for the rest. `wordDiff` diffs two ranges word by word. Sentences in `moved` (removed
 * in one place and inserted verbatim in another) pair only with a near-identical partner.
 */
export function refineSentenceBlock(
  oldText: string,
  newText: string,
  block: DiffHunk,
  wordDiff: (oFrom: number, oTo: number, nFrom: number, nTo: number) => DiffHunk[],
  moved: ReadonlySet<string> = new Set(),
): DiffHunk[] {
  const olds = sentencesIn(oldText, block.oldStart, block.oldEnd);
  const news = sentencesIn(newText, block.newStart, block.newEnd);
  if (olds.length * news.length > MAX_PAIR_CELLS) return wordDiff(block.oldStart, block.oldEnd, block.newStart, block.newEnd);
  const out: DiffHunk[] = [];
  let o = block.oldStart;
  let n = block.newStart;
  const gap = (oTo: number, nTo: number) => {
    const onlySpace = !/\S/.test(oldText.slice(o, oTo)) && !/\S/.test(newText.slice(n, nTo));
    out.push(...(onlySpace ? wordDiff(o, oTo, n, nTo) : replacement(oldText, newText, o, oTo, n, nTo)));
  };
  for (const group of alignSentences([oldText, newText], olds, news, moved)) {
    gap(group.old.start, group.new.start);
    out.push(...wordDiff(group.old.start, group.old.end, group.new.start, group.new.end));
    o = group.old.end;
    n = group.new.end;
  }
  gap(block.oldEnd, block.newEnd);
  return out;
}
