/** An evidence row as stored: its id and URL. */
export type StoredEvidence = { id: string; url: string };

/** How to turn the stored rows into the edited list: which rows stay (same URL), which go, which are new. */
export type EvidenceRowPlan<Row> = {
  keep: { id: string; row: Row }[];
  create: Row[];
  remove: string[];
};

/**
 * Matches an annotation's edited evidence list to its stored rows by URL (each stored row used
 * once, in order), so an item whose URL did not change keeps its row — and its archive and
 * snapshots — while a new or changed URL gets a new row, archived anew.
 */
export function planEvidenceRows<Row extends { url: string }>(stored: readonly StoredEvidence[], edited: readonly Row[]): EvidenceRowPlan<Row> {
  const unused = [...stored];
  const keep: EvidenceRowPlan<Row>["keep"] = [];
  const create: Row[] = [];
  for (const row of edited) {
    const index = unused.findIndex((candidate) => candidate.url === row.url);
    if (index === -1) create.push(row);
    else keep.push({ id: unused.splice(index, 1)[0].id, row });
  }
  return { keep, create, remove: unused.map((row) => row.id) };
}
