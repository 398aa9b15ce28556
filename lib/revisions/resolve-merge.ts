import type { PmNodeJson } from "../anchoring/node-kinds";
import type { MergeChunk } from "./document-merge";

/**
 * How the editor settled one conflict: their version, mine, both (theirs first, then mine), or
 * blocks they wrote by hand.
 */
export type ConflictResolution = { choice: "mine" } | { choice: "theirs" } | { choice: "both" } | { choice: "edited"; blocks: PmNodeJson[] };

/** Result of {@link resolveMerge}: the document, or the ids of the conflicts still without a resolution. */
export type ResolvedMerge = { ok: true; doc: PmNodeJson } | { ok: false; unresolved: number[] };

/** The blocks a resolution puts in place of a conflict. */
export function resolvedBlocks(conflict: { mine: PmNodeJson[]; theirs: PmNodeJson[] }, resolution: ConflictResolution): PmNodeJson[] {
  switch (resolution.choice) {
    case "mine":
      return conflict.mine;
    case "theirs":
      return conflict.theirs;
    case "both":
      return [...conflict.theirs, ...conflict.mine];
    case "edited":
      return resolution.blocks;
  }
}

/**
 * Builds the document a merge's chunks make once every conflict has a resolution (keyed by the
 * conflict's id). `doc` gives the document node's own fields (its type and attributes).
 */
export function resolveMerge(doc: PmNodeJson, chunks: readonly MergeChunk[], resolutions: ReadonlyMap<number, ConflictResolution>): ResolvedMerge {
  const unresolved = chunks.flatMap((chunk) => (chunk.kind === "conflict" && !resolutions.has(chunk.conflict.id) ? [chunk.conflict.id] : []));
  if (unresolved.length > 0) return { ok: false, unresolved };
  const content = chunks.flatMap((chunk) => (chunk.kind === "clean" ? chunk.blocks : resolvedBlocks(chunk.conflict, resolutions.get(chunk.conflict.id)!)));
  const { content: _old, ...rest } = doc;
  return { ok: true, doc: content.length > 0 ? { ...rest, content } : rest };
}
