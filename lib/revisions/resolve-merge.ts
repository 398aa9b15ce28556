import type { PmNodeJson } from "../anchoring/node-kinds";
import type { MergeConflict } from "./document-merge";

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
 * Builds the document a merge comes to once every conflict has a resolution (keyed by the
 * conflict's id): `doc` is the merged-so-far document ({@link DocumentMerge.doc}, their version at
 * each conflict) and `conflicts` says where each conflict stands in it, as the server sends them.
 */
export function resolveMerge(doc: PmNodeJson, conflicts: readonly MergeConflict[], resolutions: ReadonlyMap<number, ConflictResolution>): ResolvedMerge {
  const unresolved = conflicts.filter((conflict) => !resolutions.has(conflict.id)).map((conflict) => conflict.id);
  if (unresolved.length > 0) return { ok: false, unresolved };
  const blocks = doc.content ?? [];
  const content: PmNodeJson[] = [];
  let at = 0;
  for (const conflict of [...conflicts].sort((a, b) => a.at - b.at)) {
    if (conflict.at < at || conflict.at + conflict.theirs.length > blocks.length) throw new RangeError(`Conflict ${conflict.id} does not fit the merged document`);
    content.push(...blocks.slice(at, conflict.at), ...resolvedBlocks(conflict, resolutions.get(conflict.id)!));
    at = conflict.at + conflict.theirs.length;
  }
  content.push(...blocks.slice(at));
  const { content: _old, ...rest } = doc;
  return { ok: true, doc: content.length > 0 ? { ...rest, content } : rest };
}
