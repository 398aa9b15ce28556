import mammoth from "mammoth";
import { sanitizeArticleHtml } from "../html/sanitize-article-html";
import { htmlText, takeLeadingMetadata, titleFromFileName } from "./article-metadata";
import { importFailure, type ImportResult } from "./import-result";

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (data: Uint8Array, signature: number[]) => signature.every((byte, i) => data[i] === byte);

/** Word styles that mammoth doesn't map by default but newsroom documents use for headlines. */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

/** Images are not part of an article document: skip them without decoding. */
const skipImages = mammoth.images.imgElement(async () => ({ src: "" }));

/**
 * Turns the HTML mammoth produced from a Word file into an imported article: sanitised, with the
 * headline (a first heading or bold first line) and a following "By …" line taken out as title
 * and byline. Exported separately so the sanitising step can be tested on its own.
 */
export function articleFromWordHtml(rawHtml: string, fileName?: string): ImportResult {
  const html = sanitizeArticleHtml(rawHtml);
  if (!htmlText(html)) return importFailure("empty_document", "This Word document has no text to import.");
  const leading = takeLeadingMetadata(html);
  const body = htmlText(leading.html) ? leading.html : html;
  return {
    ok: true,
    article: {
      title: leading.title ?? titleFromFileName(fileName),
      byline: body === leading.html ? leading.byline : null,
      publishedOn: null,
      url: null,
      html: body,
    },
  };
}

/**
 * Imports a Word (.docx) file: converted with mammoth (no external file access, images
 * skipped), then sanitised. Fails with `old_word_format` for a .doc file, `not_docx` for anything
 * else that isn't a readable .docx, and `empty_document` when there is no text.
 */
export async function importDocx(data: Uint8Array, options: { fileName?: string } = {}): Promise<ImportResult> {
  if (startsWith(data, OLE_SIGNATURE)) {
    return importFailure("old_word_format", "This is an older Word file (.doc). Open it in Word, save it as .docx and import it again.");
  }
  if (!startsWith(data, ZIP_SIGNATURE)) {
    return importFailure("not_docx", "This file isn't a Word document (.docx).");
  }
  let rawHtml: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(data.buffer, data.byteOffset, data.byteLength) },
      { styleMap: STYLE_MAP, convertImage: skipImages, externalFileAccess: false, ignoreEmptyParagraphs: true },
    );
    rawHtml = result.value;
  } catch {
    return importFailure("not_docx", "This file could not be read as a Word document. It may be damaged, or be another kind of file renamed to .docx.");
  }
  return articleFromWordHtml(rawHtml, options.fileName);
}
