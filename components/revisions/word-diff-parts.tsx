import type { WordDiffResult } from "@/lib/revisions/word-diff";

/** The parts of a word diff as inline text: insertions in green (`<ins>`), deletions in red and struck through (`<del>`). */
export function WordDiffParts({ parts }: { parts: WordDiffResult["parts"] }) {
  return parts.map((part, i) =>
    part.type === "insert" ? (
      <ins key={i} className="rounded-sm bg-emerald-100 text-emerald-900 no-underline">
        {part.text}
      </ins>
    ) : part.type === "delete" ? (
      <del key={i} className="rounded-sm bg-rose-100 text-rose-900 line-through">
        {part.text}
      </del>
    ) : (
      <span key={i}>{part.text}</span>
    ),
  );
}
