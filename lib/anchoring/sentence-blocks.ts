/**
 * First level of the text diff: sentences are compared as wholes (whitespace between them is not a
 * unit, so a shared space can never outvote a shared sentence), and the changed blocks are the
 * stretches between matched sentences.
 */
import { diffSequences } from "./sequence-diff";
import { sentencesIn } from "./sentence-pairing";
import type { DiffHunk } from "./text-diff";

/** Changed blocks of `old[oFrom…oTo)` against `new[nFrom…nTo)`: the text between equal sentences that differs. */
export function diffSentenceBlocks(oldText: string, newText: string, [oFrom, oTo, nFrom, nTo]: [number, number, number, number]): DiffHunk[] {
  const olds = sentencesIn(oldText, oFrom, oTo);
  const news = sentencesIn(newText, nFrom, nTo);
  const vocabulary = new Map<string, number>();
  const idOf = (sentence: string) => {
    let id = vocabulary.get(sentence);
    if (id === undefined) vocabulary.set(sentence, (id = vocabulary.size));
    return id;
  };
  const a = Int32Array.from(olds, (u) => idOf(oldText.slice(u.start, u.end)));
  const b = Int32Array.from(news, (u) => idOf(newText.slice(u.start, u.end)));
  const blocks: DiffHunk[] = [];
  let o = oFrom;
  let n = nFrom;
  const close = (oldEnd: number, newEnd: number) => {
    if (oldText.slice(o, oldEnd) !== newText.slice(n, newEnd)) blocks.push({ oldStart: o, oldEnd, newStart: n, newEnd });
  };
  const match = (i: number, j: number) => {
    close(olds[i].start, news[j].start);
    o = olds[i].end;
    n = news[j].end;
  };
  let i = 0;
  let j = 0;
  for (const h of diffSequences(a, b, { alphabetSize: vocabulary.size })) {
    while (i < h.aStart) match(i++, j++);
    i = h.aEnd;
    j = h.bEnd;
  }
  while (i < olds.length) match(i++, j++);
  close(oTo, nTo);
  return blocks;
}
