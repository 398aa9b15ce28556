import type { NumberedAnnotation } from "./select-annotations";

/** A piece of article text and the placed annotations covering it (indices into the numbered list, ascending). */
export type TextItem = { type: "text"; text: string; active: readonly number[] };
/** The numbered marker of one annotation, placed right after the end of its text. */
export type MarkerItem = { type: "marker"; entry: number };
/** What a report draws for the article: text pieces and markers, in reading order. */
export type ArticleItem = TextItem | MarkerItem;

/** The article split for rendering highlights. */
export type ArticleSegments = {
  /** One per line of the text ("\n" separates paragraphs); empty lines give paragraphs without items. */
  paragraphs: ArticleItem[][];
  /**
   * Per numbered entry, the stacking lane of its highlight (0 = outermost underline), so that
   * overlapping highlights get different underline offsets; -1 for entries that are not placed.
   */
  lanes: number[];
};

/** The marker goes after the last character of the range that is not a line break. */
function markerPosition(text: string, from: number, to: number): number {
  let position = to;
  while (position > from + 1 && text.charCodeAt(position - 1) === 10) position--;
  return position;
}

/**
 * Splits `text` at every annotation boundary and every line break, so each piece is covered by
 * one fixed set of annotations; renderers nest or stack highlights per piece. Only placed entries
 * take part (they come first in `numbered`, in start order).
 */
export function segmentArticle(text: string, numbered: readonly NumberedAnnotation[]): ArticleSegments {
  const placed: number[] = [];
  for (let i = 0; i < numbered.length; i++) if (numbered[i].placed) placed.push(i);
  const starts = [...placed].sort((a, b) => numbered[a].from - numbered[b].from || a - b);
  const ends = [...placed].sort((a, b) => numbered[a].to - numbered[b].to || a - b);
  const markerAt = new Map<number, number>();
  for (const i of placed) markerAt.set(i, markerPosition(text, numbered[i].from, numbered[i].to));
  const markers = [...placed].sort((a, b) => markerAt.get(a)! - markerAt.get(b)! || a - b);

  const cuts = new Set<number>([0, text.length]);
  for (const i of placed) {
    cuts.add(numbered[i].from);
    cuts.add(numbered[i].to);
    cuts.add(markerAt.get(i)!);
  }
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) {
    cuts.add(at);
    cuts.add(at + 1);
  }
  const boundaries = Float64Array.from(cuts).sort();

  const lanes = new Array<number>(numbered.length).fill(-1);
  const laneTaken: boolean[] = [];
  let active: number[] = [];
  const paragraphs: ArticleItem[][] = [[]];
  let paragraph = paragraphs[0];
  let s = 0;
  let e = 0;
  let m = 0;
  for (let k = 0; k < boundaries.length; k++) {
    const at = boundaries[k];
    while (m < markers.length && markerAt.get(markers[m]) === at) paragraph.push({ type: "marker", entry: markers[m++] });
    if (e < ends.length && numbered[ends[e]].to === at) {
      const ending = new Set<number>();
      while (e < ends.length && numbered[ends[e]].to === at) ending.add(ends[e++]);
      for (const i of ending) laneTaken[lanes[i]] = false;
      active = active.filter((i) => !ending.has(i));
    }
    while (s < starts.length && numbered[starts[s]].from === at) {
      const i = starts[s++];
      let lane = 0;
      while (laneTaken[lane]) lane++;
      laneTaken[lane] = true;
      lanes[i] = lane;
      active.push(i);
    }
    if (k === boundaries.length - 1) break;
    const piece = text.slice(at, boundaries[k + 1]);
    if (piece === "\n") {
      paragraph = [];
      paragraphs.push(paragraph);
    } else {
      paragraph.push({ type: "text", text: piece, active: active.slice() });
    }
  }
  return { paragraphs, lanes };
}
