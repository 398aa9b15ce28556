/** What a link check found: the page is as archived, has changed, or is gone. */
export type LinkState = "ok" | "changed" | "dead";

/** The hashes a check is compared with: those of the first archive (or, without one, the last good check). */
export type SnapshotHashes = { sha256: string | null; textSha256: string | null };

/**
 * Compares a check with the baseline. A failed fetch (after its retries) is `dead`. A body whose
 * hash differs is `changed`, unless its readable text is the same (a page whose ads, tokens or
 * timestamps change on every load, around the same article). Without a baseline, a page that
 * answers is `ok`.
 */
export function linkStateAfterCheck(baseline: SnapshotHashes | null, check: SnapshotHashes | null): LinkState {
  if (!check) return "dead";
  if (!baseline?.sha256) return "ok";
  if (baseline.sha256 === check.sha256) return "ok";
  if (baseline.textSha256 && check.textSha256 && baseline.textSha256 === check.textSha256) return "ok";
  return "changed";
}
