/**
 * The text a new revision inserted, indexed by word, so that re-anchoring looks for a lost span
 * only where its removed surroundings reappear (a moved passage): never in text that survived from
 * the old revision, and not in new text that merely shares a few words with it.
 */

/** Inserted ranges of the new text (UTF-16), searchable by the words they hold. */
export type InsertedText = {
  /**
   * Inserted ranges holding at least `minShare` of the words of `passage` (distinct words,
   * weighted by length, so short function words count little).
   */
  rangesResembling(passage: string, minShare: number): [number, number][];
};

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

function wordsOf(text: string): Set<string> {
  return new Set(Array.from(text.matchAll(WORD), (m) => m[0].toLowerCase()));
}

/** Indexes the words of each inserted range of `newText`. */
export function indexInsertedText(newText: string, ranges: [number, number][]): InsertedText {
  const rangesOfWord = new Map<string, number[]>();
  ranges.forEach(([start, end], i) => {
    for (const word of wordsOf(newText.slice(start, end))) {
      const list = rangesOfWord.get(word);
      if (list) list.push(i);
      else rangesOfWord.set(word, [i]);
    }
  });
  const weight = new Float64Array(ranges.length);
  return {
    rangesResembling(passage, minShare) {
      let total = 0;
      const touched: number[] = [];
      for (const word of wordsOf(passage)) {
        total += word.length;
        for (const i of rangesOfWord.get(word) ?? []) {
          if (weight[i] === 0) touched.push(i);
          weight[i] += word.length;
        }
      }
      const found = touched.filter((i) => total > 0 && weight[i] >= minShare * total).map((i) => ranges[i]);
      for (const i of touched) weight[i] = 0;
      return found;
    },
  };
}
