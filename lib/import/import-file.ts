import { markdownToHtml } from "../html/markdown-to-html";
import { sanitizeArticleHtml } from "../html/sanitize-article-html";
import { htmlText, takeLeadingMetadata, titleFromFileName } from "./article-metadata";
import { extractArticle } from "./extract-article";
import { importDocx } from "./import-docx";
import { formatBytes, importFailure, type ImportResult } from "./import-result";
import { decodeText } from "./decode-text";
import { textToArticleHtml } from "./text-to-article-html";

/** Largest file the importer reads, by default. */
export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Kinds of file the importer understands. */
export type ImportFileKind = "docx" | "markdown" | "html" | "text";

/** An uploaded file. `mimeType` is only used when the name has no known extension. */
export type ImportFileInput = { fileName: string; mimeType?: string | null; data: Uint8Array };

const BY_EXTENSION: Record<string, ImportFileKind> = {
  docx: "docx",
  md: "markdown",
  markdown: "markdown",
  html: "html",
  htm: "html",
  xhtml: "html",
  txt: "text",
  text: "text",
};

const BY_MIME: Record<string, ImportFileKind> = {
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "text/markdown": "markdown",
  "text/x-markdown": "markdown",
  "text/html": "html",
  "application/xhtml+xml": "html",
  "text/plain": "text",
};

const SUPPORTED = "Word (.docx), Markdown (.md), web page (.html) or plain text (.txt)";

/** Which importer handles a file, from its extension first and its MIME type second. */
export function fileKind(fileName: string, mimeType?: string | null): ImportFileKind | null {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName.trim())?.[1]?.toLowerCase();
  if (extension && BY_EXTENSION[extension]) return BY_EXTENSION[extension];
  const mime = (mimeType ?? "").split(";")[0].trim().toLowerCase();
  return BY_MIME[mime] ?? null;
}

function fromMarkup(html: string, fileName: string): ImportResult {
  if (!htmlText(html)) return importFailure("empty_document", "This file has no text to import.");
  const leading = takeLeadingMetadata(html);
  const keep = htmlText(leading.html) ? leading : { title: leading.title, byline: null, html };
  return {
    ok: true,
    article: { title: keep.title ?? titleFromFileName(fileName), byline: keep.byline, publishedOn: null, url: null, html: keep.html },
  };
}

function fromHtmlFile(text: string, fileName: string): ImportResult {
  const extracted = extractArticle(text, null);
  if (extracted.ok) return extracted;
  return fromMarkup(sanitizeArticleHtml(text), fileName);
}

/**
 * Imports an uploaded file: .docx, .md/.markdown, .html/.htm or .txt (by extension, else by MIME
 * type), at most `maxBytes` (10 MB by default). A saved web page goes through the same article
 * extraction as a URL; a fragment of HTML is taken as it is.
 */
export async function importFile(input: ImportFileInput, options: { maxBytes?: number } = {}): Promise<ImportResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_FILE_BYTES;
  const { fileName, data } = input;
  if (/\.doc$/i.test(fileName.trim())) {
    return importFailure("old_word_format", "Older Word files (.doc) can't be imported. Open it in Word, save it as .docx and try again.");
  }
  const kind = fileKind(fileName, input.mimeType);
  if (!kind) return importFailure("unsupported_file", `This kind of file can't be imported. Use a ${SUPPORTED} file.`);
  if (data.byteLength > maxBytes) {
    return importFailure("too_large", `This file is too large to import (${formatBytes(data.byteLength)}; the limit is ${formatBytes(maxBytes)}).`);
  }
  if (data.byteLength === 0) return importFailure("empty_document", "This file is empty.");
  if (kind === "docx") return importDocx(data, { fileName });
  const text = decodeText(data);
  if (text === null) return importFailure("unreadable_file", "This file's text could not be read. Save it as UTF-8 text and try again.");
  if (kind === "markdown") return fromMarkup(markdownToHtml(text), fileName);
  if (kind === "html") return fromHtmlFile(text, fileName);
  return fromMarkup(textToArticleHtml(text), fileName);
}
