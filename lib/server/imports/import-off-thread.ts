import "server-only";
import { extractPage, type PageToExtract } from "@/lib/import/extract-article";
import { importFile, type ImportFileInput } from "@/lib/import/import-file";
import type { ImportResult } from "@/lib/import/import-result";
import { workerFailure } from "@/lib/server/workers/worker-failure";
import { articleWorkerPool, runTask } from "@/lib/server/workers/worker-pools";
import type { AppError } from "@/lib/server/errors";

/** Files and pages smaller than this (bytes) are read inline: a worker round trip would cost more. */
export const IMPORT_OFF_THREAD_MIN_BYTES = 64 * 1024;

/** Work refused by the article workers (every one busy with a full line, or past the time limit). */
export class ImportWorkerRefusal extends Error {
  constructor(readonly error: AppError) {
    super(error.message);
    this.name = "ImportWorkerRefusal";
  }
}

async function onWorker<T>(what: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const failure = workerFailure(error, { what, tooLongHint: "Copy the article's text and paste it instead." });
    if (failure) throw new ImportWorkerRefusal(failure.error);
    throw error;
  }
}

/**
 * {@link importFile} with a large file (.docx unzipped and converted, HTML parsed by jsdom and
 * Readability) read on an article worker, so that the instance keeps answering others. Same result
 * as inline; throws {@link ImportWorkerRefusal} when the workers refuse it.
 */
export async function importFileOffThread(file: ImportFileInput): Promise<ImportResult> {
  const pool = file.data.byteLength >= IMPORT_OFF_THREAD_MIN_BYTES ? articleWorkerPool() : null;
  if (!pool) return importFile(file);
  return onWorker("Reading the file", () => runTask(pool, "importFile", file));
}

/** {@link extractPage} (Readability over a downloaded page) on an article worker for a large page. */
export async function extractPageOffThread(page: PageToExtract): Promise<ImportResult> {
  const pool = page.body.byteLength >= IMPORT_OFF_THREAD_MIN_BYTES ? articleWorkerPool() : null;
  if (!pool) return extractPage(page);
  return onWorker("Reading the page", () => runTask(pool, "extractPage", page));
}
