/**
 * Plain text → ProseMirror JSON document, the inverse of `documentToText` up to normalisation.
 *
 * Normalisation, and nothing else: "\r\n" and lone "\r" become "\n", and empty lines are dropped
 * (so leading and trailing newlines disappear and a run of newlines becomes one "\n"). Lines that
 * hold only spaces or tabs are kept as they are, since their characters count in the offsets.
 * Therefore `documentToText(textToDocument(t)) === normalisePlainText(t)` for every string `t`.
 */
import type { PmNodeJson } from "./node-kinds";

/** The text `documentToText(textToDocument(text))` gives back (see the normalisation above). */
export function normalisePlainText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .filter((line) => line.length > 0)
    .join("\n");
}

/**
 * Builds a StarterKit document with one paragraph per non-empty line of `text` (no marks). An
 * empty or blank-lines-only text gives a document holding one empty paragraph.
 */
export function textToDocument(text: string): PmNodeJson {
  const lines = normalisePlainText(text).split("\n").filter((line) => line.length > 0);
  if (lines.length === 0) return { type: "doc", content: [{ type: "paragraph" }] };
  return {
    type: "doc",
    content: lines.map((line) => ({ type: "paragraph", content: [{ type: "text", text: line }] })),
  };
}
