/** One piece of a word diff: text present in both versions, only in the new one, or only in the old one. */
export type WordDiffPart = { type: "equal" | "insert" | "delete"; text: string };

/**
 * Collects diff parts, merging neighbours: consecutive equal text becomes one part, and each run
 * of changes becomes at most one deletion followed by one insertion.
 */
export class DiffPartsBuilder {
  private readonly parts: WordDiffPart[] = [];
  private deleted = "";
  private inserted = "";

  /** Adds a piece of text (empty text is ignored). */
  push(type: WordDiffPart["type"], text: string): void {
    if (!text) return;
    if (type === "delete") this.deleted += text;
    else if (type === "insert") this.inserted += text;
    else {
      this.flushChanges();
      this.pushEqual(text);
    }
  }

  /** Adds the whitespace between two matched tokens: equal if unchanged, else a deletion and an insertion. */
  pushGap(oldGap: string, newGap: string): void {
    if (oldGap === newGap) return this.push("equal", oldGap);
    this.push("delete", oldGap);
    this.push("insert", newGap);
  }

  /** The merged parts. */
  build(): WordDiffPart[] {
    this.flushChanges();
    return this.parts;
  }

  private pushEqual(text: string): void {
    if (!text) return;
    const previous = this.parts.at(-1);
    if (previous?.type === "equal") previous.text += text;
    else this.parts.push({ type: "equal", text });
  }

  /** A replacement keeps the whitespace both sides share outside it: " cat" → " dog" is " " + cat → dog. */
  private flushChanges(): void {
    let deleted = this.deleted;
    let inserted = this.inserted;
    this.deleted = "";
    this.inserted = "";
    let lead = "";
    let trail = "";
    if (deleted && inserted) {
      lead = commonWhitespace(deleted, inserted, 1);
      deleted = deleted.slice(lead.length);
      inserted = inserted.slice(lead.length);
      trail = commonWhitespace(deleted, inserted, -1);
      deleted = deleted.slice(0, deleted.length - trail.length);
      inserted = inserted.slice(0, inserted.length - trail.length);
    }
    this.pushEqual(lead);
    if (deleted) this.parts.push({ type: "delete", text: deleted });
    if (inserted) this.parts.push({ type: "insert", text: inserted });
    this.pushEqual(trail);
  }
}

/** Whitespace that both strings start with (direction 1) or end with (direction -1), never all of either. */
function commonWhitespace(a: string, b: string, direction: 1 | -1): string {
  let length = 0;
  const max = Math.min(a.length, b.length) - 1;
  while (length < max) {
    const ca = direction === 1 ? a[length] : a[a.length - 1 - length];
    const cb = direction === 1 ? b[length] : b[b.length - 1 - length];
    if (ca !== cb || !/\s/.test(ca)) break;
    length += 1;
  }
  return direction === 1 ? a.slice(0, length) : a.slice(a.length - length);
}
