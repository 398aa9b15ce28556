import "server-only";
import { fetchArticleUrl, privateAddressesAllowed } from "@/lib/import/fetch-article-url";
import { fileKind, type ImportFileInput, type ImportFileKind } from "@/lib/import/import-file";
import type { ImportErrorCode, ImportedArticle } from "@/lib/import/import-result";
import type { RevisionSource } from "@/lib/server/db/generated/client";
import { fail, ok, type AppErrorCode, type Result } from "@/lib/server/errors";
import { extractPageOffThread, importFileOffThread, ImportWorkerRefusal } from "./import-off-thread";

/** What to import: an uploaded file, or a web address the server fetches. */
export type ImportSourceInput = { file: ImportFileInput } | { url: string };

/** An imported article (sanitised HTML and its details) and the revision source it makes. */
export type ReadImportValue = { article: ImportedArticle; source: RevisionSource };

const SOURCE_OF_KIND: Record<ImportFileKind, RevisionSource> = { docx: "docx", markdown: "markdown", html: "html", text: "text" };

/** Request problems are 400 (413 for size); a file or page that can't become an article is 422. */
const HTTP_CODE: Partial<Record<ImportErrorCode, AppErrorCode>> = {
  invalid_url: "invalid",
  unsupported_file: "invalid",
  too_large: "payload_too_large",
};

/** The field an import error is about, for forms. */
const FIELD: Partial<Record<ImportErrorCode, "file" | "url">> = {
  invalid_url: "url",
  refused_address: "url",
  network_error: "url",
  timeout: "url",
  too_many_redirects: "url",
  http_error: "url",
  not_html: "url",
  no_article: "url",
};

/**
 * Reads a file or fetches a page and reduces it to an article (sanitised HTML, title, byline,
 * date), saving nothing. A large file or page is read on an article worker (see
 * import-off-thread.ts): 503 with Retry-After when they are all busy, 504 past their time limit. Failures keep the importer's message and carry its code in
 * `details.importError`. Private and loopback addresses are refused unless
 * FACTDESK_IMPORT_ALLOW_PRIVATE is set (read on each call).
 */
export async function readImport(input: ImportSourceInput): Promise<Result<ReadImportValue>> {
  let result;
  try {
    result = "url" in input ? await fetchArticleUrl(input.url, { allowPrivateAddresses: privateAddressesAllowed(process.env), extract: extractPageOffThread }) : await importFileOffThread(input.file);
  } catch (error) {
    if (error instanceof ImportWorkerRefusal) return { ok: false, error: error.error };
    throw error;
  }
  if (!result.ok) {
    const { code, message } = result.error;
    const field = FIELD[code] ?? ("url" in input ? "url" : "file");
    return fail(HTTP_CODE[code] ?? "unprocessable", message, { fieldErrors: { [field]: message }, details: { importError: code } });
  }
  const source = "url" in input ? "url" : SOURCE_OF_KIND[fileKind(input.file.fileName, input.file.mimeType) ?? "html"];
  return ok({ article: result.article, source });
}
