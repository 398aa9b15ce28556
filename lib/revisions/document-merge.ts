import { STARTER_KIT_NODE_KINDS, type PmNodeJson } from "../anchoring/node-kinds";
import { canonicalJson } from "./canonical-json";
import { correspondenceIds } from "./block-correspondence";
import { diff3, KeyInterner } from "./diff3";
import { mergeInlineContent } from "./inline-merge";

/**
 * A passage both editors changed differently. `base`, `mine` and `theirs` are top-level blocks;
 * `mine` and `theirs` already carry the clean changes of the other side inside the passage, so
 * choosing either loses nothing but the other's version of the conflicting words.
 */
export type MergeConflict = {
  /** Number of the conflict in the document (0, 1, …), for naming a resolution. */
  id: number;
  base: PmNodeJson[];
  mine: PmNodeJson[];
  theirs: PmNodeJson[];
  /** Index of the passage's first top-level block in the base document. */
  baseAt: number;
  /** Index of its first top-level block in {@link DocumentMerge.doc} (where `theirs` stands in). */
  at: number;
};

/** A stretch of the merged document: blocks both editors' changes agree on, or a conflict. */
export type MergeChunk = { kind: "clean"; blocks: PmNodeJson[] } | { kind: "conflict"; conflict: MergeConflict };

/**
 * Result of {@link mergeDocuments}. `doc` is the merged document; where there are conflicts it
 * holds `theirs` at each one (the merged-so-far document) and `clean` is false.
 */
export type DocumentMerge = { clean: boolean; doc: PmNodeJson; chunks: MergeChunk[]; conflicts: MergeConflict[] };

type NodeMerge = { clean: true; node: PmNodeJson } | { clean: false; mine: PmNodeJson; theirs: PmNodeJson };
type Piece = { kind: "clean"; blocks: PmNodeJson[] } | { kind: "conflict"; base: PmNodeJson[]; mine: PmNodeJson[]; theirs: PmNodeJson[]; baseAt: number };

/** Canonical JSON of each node, computed once per node object. */
class NodeKeys {
  private readonly cache = new WeakMap<PmNodeJson, string>();
  key(node: PmNodeJson): string {
    let key = this.cache.get(node);
    if (key === undefined) {
      key = canonicalJson(node);
      this.cache.set(node, key);
    }
    return key;
  }
}

/** The node's type, attributes and marks, without its content: two nodes with the same shell can be merged inside. */
function shell(node: PmNodeJson): string {
  return canonicalJson({ ...node, content: undefined, text: undefined });
}

function withContent(node: PmNodeJson, content: PmNodeJson[]): PmNodeJson {
  const { content: _old, ...rest } = node;
  return content.length > 0 ? { ...rest, content } : rest;
}

/** Three-way merge of one block changed on both sides, or null when its versions cannot be merged inside. */
function mergeNode(base: PmNodeJson, mine: PmNodeJson, theirs: PmNodeJson, keys: NodeKeys): NodeMerge | null {
  const [kb, km, kt] = [keys.key(base), keys.key(mine), keys.key(theirs)];
  if (km === kt || kt === kb) return { clean: true, node: mine };
  if (km === kb) return { clean: true, node: theirs };
  if (base.type === "text" || shell(base) !== shell(mine) || shell(base) !== shell(theirs)) return null;
  if (STARTER_KIT_NODE_KINDS.textblocks.has(base.type)) {
    const inline = mergeInlineContent(base.content, mine.content, theirs.content);
    if (!inline) return null;
    return inline.clean ? { clean: true, node: withContent(theirs, inline.content) } : { clean: false, mine: withContent(mine, inline.mine), theirs: withContent(theirs, inline.theirs) };
  }
  const pieces = mergeBlocks(base.content ?? [], mine.content ?? [], theirs.content ?? [], keys);
  const side = (which: "mine" | "theirs") => pieces.flatMap((p) => (p.kind === "clean" ? p.blocks : p[which]));
  if (pieces.every((piece) => piece.kind === "clean")) return { clean: true, node: withContent(theirs, side("theirs")) };
  return { clean: false, mine: withContent(mine, side("mine")), theirs: withContent(theirs, side("theirs")) };
}

/** Merges three versions of one block, as a clean block or a conflict of its two merged variants. */
function mergeBlockVersions(base: PmNodeJson, mine: PmNodeJson, theirs: PmNodeJson, baseAt: number, keys: NodeKeys, pushClean: (blocks: PmNodeJson[]) => void, pieces: Piece[]) {
  const merged = mergeNode(base, mine, theirs, keys);
  if (merged?.clean) pushClean([merged.node]);
  else if (merged) pieces.push({ kind: "conflict", base: [base], mine: [merged.mine], theirs: [merged.theirs], baseAt });
  else pieces.push({ kind: "conflict", base: [base], mine: [mine], theirs: [theirs], baseAt });
}

/**
 * Settles what it can of a stretch of blocks both sides changed: blocks that are edited versions
 * of the same base block (see {@link correspondenceIds}) are merged inside, a block inserted or
 * deleted on one side next to them is taken as it is; the rest is a conflict.
 */
function refineConflict(b: PmNodeJson[], m: PmNodeJson[], t: PmNodeJson[], baseAt: number, keys: NodeKeys, pushClean: (blocks: PmNodeJson[]) => void, pieces: Piece[]) {
  if (b.length > 0 && b.length === m.length && b.length === t.length) {
    b.forEach((block, i) => mergeBlockVersions(block, m[i], t[i], baseAt + i, keys, pushClean, pieces));
    return;
  }
  const aligned = b.length > 0 ? correspondenceIds(b, m, t, (node) => keys.key(node)) : null;
  if (!aligned) {
    pieces.push({ kind: "conflict", base: b, mine: m, theirs: t, baseAt });
    return;
  }
  const sameBlocks = (x: PmNodeJson[], y: PmNodeJson[]) => x.length === y.length && x.every((node, i) => keys.key(node) === keys.key(y[i]));
  for (const region of diff3(...aligned.ids, aligned.alphabetSize)) {
    const rb = b.slice(region.base.start, region.base.end);
    const rm = m.slice(region.mine.start, region.mine.end);
    const rt = t.slice(region.theirs.start, region.theirs.end);
    const at = baseAt + region.base.start;
    if (region.kind === "unchanged") {
      rb.forEach((block, i) => mergeBlockVersions(block, rm[i], rt[i], at + i, keys, pushClean, pieces));
    } else if (region.kind === "mine" && sameBlocks(rt, rb)) pushClean(rm);
    else if (region.kind === "theirs" && sameBlocks(rm, rb)) pushClean(rt);
    else if (sameBlocks(rm, rt)) pushClean(rm);
    else pieces.push({ kind: "conflict", base: rb, mine: rm, theirs: rt, baseAt: at });
  }
}

/**
 * Three-way merge of a sequence of blocks (a document's or a container's content): a diff3 over
 * the blocks by their JSON; where both sides changed the same stretch, the versions of each block
 * are merged inside (lists and quotes block by block, paragraphs word by word).
 */
function mergeBlocks(base: PmNodeJson[], mine: PmNodeJson[], theirs: PmNodeJson[], keys: NodeKeys): Piece[] {
  const interner = new KeyInterner();
  const ids = [base, mine, theirs].map((blocks) => interner.intern(blocks.map((block) => keys.key(block))));
  const pieces: Piece[] = [];
  const pushClean = (blocks: PmNodeJson[]) => {
    if (blocks.length === 0) return;
    const last = pieces[pieces.length - 1];
    if (last?.kind === "clean") last.blocks.push(...blocks);
    else pieces.push({ kind: "clean", blocks: [...blocks] });
  };
  for (const region of diff3(ids[0], ids[1], ids[2], interner.size)) {
    const b = base.slice(region.base.start, region.base.end);
    const m = mine.slice(region.mine.start, region.mine.end);
    const t = theirs.slice(region.theirs.start, region.theirs.end);
    if (region.kind !== "conflict") {
      pushClean(region.kind === "theirs" ? t : region.kind === "unchanged" ? b : m);
      continue;
    }
    refineConflict(b, m, t, region.base.start, keys, pushClean, pieces);
  }
  return pieces;
}

/**
 * Three-way merge of two article documents edited from the same `base`: changes made on one side
 * only are taken, identical changes once, and blocks changed differently on both sides are merged
 * word by word when the changed words do not overlap. What is left is reported as conflicts for
 * the editor to resolve (see {@link resolveMerge}); nothing is dropped silently.
 */
export function mergeDocuments(base: PmNodeJson, mine: PmNodeJson, theirs: PmNodeJson): DocumentMerge {
  const pieces = mergeBlocks(base.content ?? [], mine.content ?? [], theirs.content ?? [], new NodeKeys());
  const chunks: MergeChunk[] = [];
  const conflicts: MergeConflict[] = [];
  const content: PmNodeJson[] = [];
  for (const piece of pieces) {
    if (piece.kind === "clean") {
      chunks.push(piece);
      content.push(...piece.blocks);
      continue;
    }
    const conflict: MergeConflict = { id: conflicts.length, base: piece.base, mine: piece.mine, theirs: piece.theirs, baseAt: piece.baseAt, at: content.length };
    conflicts.push(conflict);
    chunks.push({ kind: "conflict", conflict });
    content.push(...piece.theirs);
  }
  return { clean: conflicts.length === 0, doc: withContent(theirs, content), chunks, conflicts };
}
