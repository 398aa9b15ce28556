import { diffArrays } from "diff";
import { DiffPartsBuilder, type WordDiffPart } from "./diff-parts";
import { countWords, tokenizeWords } from "./word-tokens";

export type { WordDiffPart } from "./diff-parts";

/** Totals of a word diff. `approximate` is true when a heavily rewritten passage was shown as one deletion and one insertion instead of word by word. */
export type WordDiffSummary = {
  wordsAdded: number;
  wordsRemoved: number;
  wordsUnchanged: number;
  changed: boolean;
  approximate: boolean;
};

/** Result of {@link wordDiff}. Joining the equal and delete parts gives the old text back; the equal and insert parts give the new text. */
export type WordDiffResult = { parts: WordDiffPart[]; summary: WordDiffSummary };

/** Limits on the word-by-word comparison, counted in changed tokens (the cost grows with their square). */
export type WordDiffOptions = { maxEditsPerPassage?: number; maxEditsTotal?: number };

const DEFAULTS = { maxEditsPerPassage: 2000, maxEditsTotal: 8000 };

/** Splits text into lines that keep their "\n", so joining them gives the text back. */
function lines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/** Word-by-word diff of one passage, or undefined when it needs more than `maxEdits` changes. */
function diffPassage(oldText: string, newText: string, maxEdits: number, out: DiffPartsBuilder): number | undefined {
  const before = tokenizeWords(oldText);
  const after = tokenizeWords(newText);
  const changes = diffArrays(before.tokens, after.tokens, { maxEditLength: maxEdits });
  if (!changes) return undefined;
  let i = 0;
  let j = 0;
  let edits = 0;
  for (const change of changes) {
    for (let k = 0; k < change.count; k += 1) {
      if (change.removed) {
        out.push("delete", before.gaps[i] + before.tokens[i]);
        i += 1;
      } else if (change.added) {
        out.push("insert", after.gaps[j] + after.tokens[j]);
        j += 1;
      } else {
        out.pushGap(before.gaps[i], after.gaps[j]);
        out.push("equal", before.tokens[i]);
        i += 1;
        j += 1;
      }
    }
    if (change.added || change.removed) edits += change.count;
  }
  out.pushGap(before.gaps[i], after.gaps[j]);
  return edits;
}

/**
 * Word-level diff between two versions of an article's plain text, for showing what changed
 * between revisions. Paragraphs are matched first, then changed passages are compared word by
 * word (any script: words are runs of letters, marks and digits). Whitespace is kept exactly, so
 * a paragraph split shows as an inserted "\n". A passage rewritten beyond the limits is shown as
 * a whole deletion and insertion (`summary.approximate`), which keeps the cost bounded for
 * 20,000-word articles.
 */
export function wordDiff(oldText: string, newText: string, options: WordDiffOptions = {}): WordDiffResult {
  const limits = { ...DEFAULTS, ...options };
  const out = new DiffPartsBuilder();
  let budget = limits.maxEditsTotal;
  let approximate = false;
  const oldLines = lines(oldText);
  const newLines = lines(newText);
  const lineChanges = diffArrays(oldLines, newLines, { maxEditLength: limits.maxEditsPerPassage }) ?? [
    { value: oldLines, removed: true, added: false, count: oldLines.length },
    { value: newLines, removed: false, added: true, count: newLines.length },
  ];

  let removed = "";
  let added = "";
  const flushPassage = () => {
    if (removed && added && budget > 0) {
      const spent = diffPassage(removed, added, Math.min(limits.maxEditsPerPassage, budget), out);
      budget -= spent ?? limits.maxEditsPerPassage;
      if (spent !== undefined) removed = added = "";
    }
    if (removed && added) approximate = true;
    out.push("delete", removed);
    out.push("insert", added);
    removed = added = "";
  };
  for (const change of lineChanges) {
    const text = change.value.join("");
    if (change.removed) removed += text;
    else if (change.added) added += text;
    else {
      flushPassage();
      out.push("equal", text);
    }
  }
  flushPassage();

  const parts = out.build();
  const total = (type: WordDiffPart["type"]) => parts.filter((part) => part.type === type).reduce((sum, part) => sum + countWords(part.text), 0);
  const summary: WordDiffSummary = {
    wordsAdded: total("insert"),
    wordsRemoved: total("delete"),
    wordsUnchanged: total("equal"),
    changed: parts.some((part) => part.type !== "equal"),
    approximate,
  };
  return { parts, summary };
}
