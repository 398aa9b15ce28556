import { STARTER_KIT_NODE_KINDS, type PmNodeJson } from "../anchoring/node-kinds";
import { KeyInterner } from "./diff3";
import { tokenizeWords } from "./word-tokens";

/** Largest stretch (base blocks × side blocks) aligned by similarity; anything bigger stays one conflict. */
const MAX_ALIGNMENT_CELLS = 40_000;
/** Share of words two versions of a block must have in common to count as the same block edited. */
const MIN_SIMILARITY = 0.5;

const isTextblock = (node: PmNodeJson) => STARTER_KIT_NODE_KINDS.textblocks.has(node.type);

/** Words of a block's text, with how often each occurs. */
function wordBag(node: PmNodeJson): Map<string, number> {
  const parts: string[] = [];
  const walk = (n: PmNodeJson) => {
    if (typeof n.text === "string") parts.push(n.text);
    n.content?.forEach(walk);
  };
  walk(node);
  const bag = new Map<string, number>();
  for (const token of tokenizeWords(parts.join(" ")).tokens) {
    const word = token.toLowerCase();
    bag.set(word, (bag.get(word) ?? 0) + 1);
  }
  return bag;
}

/** Dice coefficient of two word bags (1 for two empty blocks). */
function similarity(a: Map<string, number>, b: Map<string, number>): number {
  let sizeA = 0;
  let sizeB = 0;
  let common = 0;
  for (const count of a.values()) sizeA += count;
  for (const [word, count] of b) {
    sizeB += count;
    common += Math.min(count, a.get(word) ?? 0);
  }
  return sizeA + sizeB === 0 ? 1 : (2 * common) / (sizeA + sizeB);
}

/**
 * For each block of `side`, the index of the base block it is an edited version of (same node type
 * and, for textblocks, at least half its words in common), or -1: the largest such matching that keeps the order of both.
 */
function alignToBase(base: PmNodeJson[], baseBags: Map<string, number>[], side: PmNodeJson[]): Int32Array {
  const n = base.length;
  const m = side.length;
  const bags = side.map(wordBag);
  // A container (list, quote) of the same type is taken for the same one edited; a textblock needs words in common.
  const match = (i: number, j: number) => base[i].type === side[j].type && (!isTextblock(base[i]) || similarity(baseBags[i], bags[j]) >= MIN_SIMILARITY);
  const best = Array.from({ length: n + 1 }, () => new Int32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      best[i][j] = Math.max(best[i + 1][j], best[i][j + 1], match(i, j) ? best[i + 1][j + 1] + 1 : 0);
    }
  }
  const of = new Int32Array(m).fill(-1);
  for (let i = 0, j = 0; i < n && j < m;) {
    if (match(i, j) && best[i][j] === best[i + 1][j + 1] + 1) {
      of[j] = i;
      i++;
      j++;
    } else if (best[i + 1][j] >= best[i][j + 1]) i++;
    else j++;
  }
  return of;
}

/**
 * Ids for a stretch both sides changed, under which a block and its edited versions are equal:
 * base block i is i; a side's block is the id of the base block it is an edited version of, or an
 * id of its exact JSON (so the same new block on both sides matches). A diff3 over these ids tells
 * edits of the same block apart from insertions and deletions around it. Null when the stretch is
 * too large to align.
 */
export function correspondenceIds(
  base: PmNodeJson[],
  mine: PmNodeJson[],
  theirs: PmNodeJson[],
  keyOf: (node: PmNodeJson) => string,
): { ids: [Int32Array, Int32Array, Int32Array]; alphabetSize: number } | null {
  if (base.length * Math.max(mine.length, theirs.length) > MAX_ALIGNMENT_CELLS) return null;
  const baseBags = base.map(wordBag);
  const fresh = new KeyInterner();
  const sideIds = (side: PmNodeJson[]) => {
    const of = alignToBase(base, baseBags, side);
    const unmatched = fresh.intern(side.map(keyOf));
    return Int32Array.from(of, (i, j) => (i >= 0 ? i : base.length + unmatched[j]));
  };
  const mineIds = sideIds(mine);
  const theirsIds = sideIds(theirs);
  return { ids: [Int32Array.from(base, (_, i) => i), mineIds, theirsIds], alphabetSize: base.length + fresh.size };
}
