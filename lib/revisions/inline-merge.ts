import type { PmNodeJson } from "../anchoring/node-kinds";
import { canonicalJson } from "./canonical-json";
import { diff3, KeyInterner, type Diff3Region } from "./diff3";

/** Words, whitespace runs and single other characters: the units a word-level merge moves. */
const INLINE_TOKEN = /\s+|[\p{L}\p{M}\p{N}_]+(?:['’\-.,:][\p{L}\p{M}\p{N}_]+)*|\S/gu;

/** Inline nodes a word-level merge can take apart and put together again. */
const TEXT_LEAVES = new Set(["hardBreak"]);

/** A piece of inline content with its marks: a token of a text node, or a whole inline leaf. */
type InlineToken = { key: string; text: string | null; node: PmNodeJson | null; marks: PmNodeJson["marks"]; marksKey: string };

/**
 * Outcome of merging the inline content of one textblock: clean, or conflicting, in which case
 * `mine` and `theirs` are the content with the clean changes of both sides applied and each side's
 * version of the conflicting words.
 */
export type InlineMerge = { clean: true; content: PmNodeJson[] } | { clean: false; mine: PmNodeJson[]; theirs: PmNodeJson[] };

/** Cuts inline content into tokens that carry their marks, or null for content it cannot safely cut (unknown inline nodes). */
function tokenizeInline(content: readonly PmNodeJson[] | undefined): InlineToken[] | null {
  const tokens: InlineToken[] = [];
  for (const node of content ?? []) {
    const marksKey = node.marks && node.marks.length > 0 ? canonicalJson(node.marks) : "";
    if (node.type === "text" && typeof node.text === "string") {
      for (const match of node.text.matchAll(INLINE_TOKEN)) {
        tokens.push({ key: `${marksKey}\u0000${match[0]}`, text: match[0], node: null, marks: node.marks, marksKey });
      }
    } else if (TEXT_LEAVES.has(node.type) && !node.content) {
      tokens.push({ key: `${marksKey}\u0001${canonicalJson(node)}`, text: null, node, marks: node.marks, marksKey });
    } else {
      return null;
    }
  }
  return tokens;
}

/** Puts tokens back together as inline nodes, joining neighbouring text with the same marks. */
function untokenize(tokens: readonly InlineToken[]): PmNodeJson[] {
  const out: PmNodeJson[] = [];
  let textMarksKey: string | null = null;
  for (const token of tokens) {
    if (token.text === null) {
      out.push(token.node as PmNodeJson);
      textMarksKey = null;
      continue;
    }
    const last = out[out.length - 1];
    if (last && textMarksKey === token.marksKey) last.text += token.text;
    else {
      out.push(token.marks && token.marks.length > 0 ? { type: "text", text: token.text, marks: token.marks } : { type: "text", text: token.text });
      textMarksKey = token.marksKey;
    }
  }
  return out;
}

/** The tokens of `region` taken from the side named (`base` for unchanged stretches). */
function take(region: Diff3Region, side: "base" | "mine" | "theirs", all: { base: InlineToken[]; mine: InlineToken[]; theirs: InlineToken[] }): InlineToken[] {
  return all[side].slice(region[side].start, region[side].end);
}

/**
 * Word-level three-way merge of a textblock's inline content. Each token keeps its own marks, so
 * a word that is bolded on one side and edited on the other is a conflict, never a silent loss.
 * Returns null when the content holds inline nodes it cannot take apart.
 */
export function mergeInlineContent(base: readonly PmNodeJson[] | undefined, mine: readonly PmNodeJson[] | undefined, theirs: readonly PmNodeJson[] | undefined): InlineMerge | null {
  const b = tokenizeInline(base);
  const m = tokenizeInline(mine);
  const t = tokenizeInline(theirs);
  if (!b || !m || !t) return null;
  const interner = new KeyInterner();
  const ids = [b, m, t].map((tokens) => interner.intern(tokens.map((token) => token.key)));
  const regions = diff3(ids[0], ids[1], ids[2], interner.size);
  const all = { base: b, mine: m, theirs: t };
  const mineSide: InlineToken[] = [];
  const theirsSide: InlineToken[] = [];
  let clean = true;
  for (const region of regions) {
    if (region.kind === "conflict") {
      clean = false;
      mineSide.push(...take(region, "mine", all));
      theirsSide.push(...take(region, "theirs", all));
      continue;
    }
    const tokens = take(region, region.kind === "theirs" ? "theirs" : region.kind === "unchanged" ? "base" : "mine", all);
    mineSide.push(...tokens);
    theirsSide.push(...tokens);
  }
  return clean ? { clean: true, content: untokenize(mineSide) } : { clean: false, mine: untokenize(mineSide), theirs: untokenize(theirsSide) };
}
