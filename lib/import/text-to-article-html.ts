import { cleanLine } from "./article-metadata";

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const HEADLINE_MAX = 150;
/** Closing punctuation of a sentence, in the scripts the newsroom works in (Latin, Urdu/Arabic, CJK). */
const SENTENCE_END = /[.!?…:;,"”'’)\]۔؟،。！？]$/u;

/**
 * Plain text → article HTML: one paragraph per non-blank line. A short first line that isn't a
 * sentence (no closing punctuation) followed by more text is taken as the headline (`<h1>`).
 */
export function textToArticleHtml(text: string): string {
  const lines = text
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((line) => cleanLine(line))
    .filter((line): line is string => line !== null);
  const [first, ...rest] = lines;
  if (first === undefined) return "";
  const headline = rest.length > 0 && first.length <= HEADLINE_MAX && !SENTENCE_END.test(first);
  const paragraphs = (headline ? rest : lines).map((line) => `<p>${escapeHtml(line)}</p>`).join("");
  return headline ? `<h1>${escapeHtml(first)}</h1>${paragraphs}` : paragraphs;
}
