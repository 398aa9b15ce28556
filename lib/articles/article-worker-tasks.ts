import { extractPage, type PageToExtract } from "../import/extract-article";
import { importFile, type ImportFileInput } from "../import/import-file";
import type { ImportResult } from "../import/import-result";
import { buildArticleBody, buildSerialisedArticleBody, type BuildArticleBodyResult, type BuildSerialisedArticleBodyResult } from "./build-article-body";

/**
 * What the article workers do off the request thread (lib/server/articles/article-process.ts runs them):
 * build an article body (sanitise, parse, plain text), read an uploaded file (.docx, Markdown,
 * HTML, text) and find the article in a downloaded page (Readability). Each is the same pure
 * function the request thread would otherwise run.
 */
export const articleWorkerTasks = {
  buildBody: (input: { text?: string; html?: string }): BuildArticleBodyResult => buildArticleBody(input),
  /** The body with its document as JSON text: the request thread then never copies the document's object tree. */
  buildSerialisedBody: (input: { text?: string; html?: string }): BuildSerialisedArticleBodyResult => buildSerialisedArticleBody(input),
  importFile: (input: ImportFileInput): Promise<ImportResult> => importFile(input),
  extractPage: (page: PageToExtract): ImportResult => extractPage(page),
};

export type ArticleWorkerTasks = typeof articleWorkerTasks;
