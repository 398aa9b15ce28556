import "server-only";
import path from "node:path";
import type { Worker } from "node:worker_threads";
import { WorkerPool, WorkerTimeoutError } from "@/lib/async/worker-pool";
import { buildArticleBody, type BuildArticleBodyResult } from "@/lib/articles/build-article-body";
import { getAppConfig } from "@/lib/config/app-config";

type BodyInput = { text?: string; html?: string };

/** Bodies smaller than this are built inline: a worker round trip would cost more than it saves. */
export const OFF_THREAD_MIN_CHARS = 64 * 1024;

// Assembled at run time, so that file tracing doesn't follow it into tsx and esbuild's binary.
const BOOTSTRAP_FILE = ["article-body-worker-bootstrap", "mjs"].join(".");
const ENTRY_FILE = ["article-body-worker", "ts"].join(".");

const holder = globalThis as unknown as { factdeskBodyWorkers?: WorkerPool<BodyInput, BuildArticleBodyResult> | null };

function spawnBodyWorker(): Worker {
  // Loaded at run time from the app's folder (the whole tree ships, see README), never bundled:
  // the worker compiles its TypeScript with tsx, a runtime dependency. The Worker class is taken
  // from the runtime so that the bundler doesn't try to bundle the worker's file.
  const { Worker: ThreadWorker } = process.getBuiltinModule("node:worker_threads");
  const folder = path.join(process.cwd(), "lib", "articles");
  return new ThreadWorker(path.join(folder, BOOTSTRAP_FILE), { workerData: { entry: path.join(folder, ENTRY_FILE) } });
}

/** This process's pool of body workers (FACTDESK_BODY_WORKERS; null when set to 0). */
export function bodyWorkerPool(): WorkerPool<BodyInput, BuildArticleBodyResult> | null {
  if (holder.factdeskBodyWorkers === undefined) {
    const config = getAppConfig();
    holder.factdeskBodyWorkers =
      config.FACTDESK_BODY_WORKERS === 0 ? null : new WorkerPool({ spawn: spawnBodyWorker, size: config.FACTDESK_BODY_WORKERS, taskTimeoutMs: config.FACTDESK_BODY_WORKER_TIMEOUT_MS });
  }
  return holder.factdeskBodyWorkers;
}

/**
 * {@link buildArticleBody} for request handlers: a large body (a 2 MB article: sanitising and
 * parsing it takes seconds) is built on a worker thread, so the instance keeps answering other
 * requests meanwhile; small ones inline. Same result either way. A body that takes longer than
 * FACTDESK_BODY_WORKER_TIMEOUT_MS is refused with a message saying so.
 */
export async function buildArticleBodyOffThread(input: BodyInput): Promise<BuildArticleBodyResult> {
  const size = (input.html ?? input.text ?? "").length;
  const pool = size >= OFF_THREAD_MIN_CHARS ? bodyWorkerPool() : null;
  if (!pool) return buildArticleBody(input);
  try {
    return await pool.run({ html: input.html, text: input.text });
  } catch (error) {
    if (error instanceof WorkerTimeoutError) return { ok: false, message: "The article body took too long to process; split it or simplify its HTML and try again" };
    throw error;
  }
}
