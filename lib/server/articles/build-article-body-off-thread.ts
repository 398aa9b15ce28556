import "server-only";
import { buildArticleBody, buildSerialisedArticleBody, type BuildArticleBodyResult, type BuildSerialisedArticleBodyResult } from "@/lib/articles/build-article-body";
import type { AppError } from "@/lib/server/errors";
import { workerFailure } from "@/lib/server/workers/worker-failure";
import { articleWorkerPool, runTask } from "@/lib/server/workers/worker-pools";
import type { StageBodyResult } from "./staged-article-body";

type BodyInput = { text?: string; html?: string };

/** Bodies smaller than this are built inline: a worker round trip would cost more than it saves. */
export const OFF_THREAD_MIN_CHARS = 64 * 1024;

/** A body that could not be built because of the workers, not its content (busy, too slow). */
export type BodyWorkerRefusal = { ok: false; message: string; error: AppError };

/** True when the body was refused by the workers (busy, too slow), not for its content. */
export function isBodyWorkerRefusal(result: BuildArticleBodyResult | BuildSerialisedArticleBodyResult | StageBodyResult | BodyWorkerRefusal): result is BodyWorkerRefusal {
  return !result.ok && "error" in result;
}

/**
 * {@link buildArticleBody} for request handlers: a large body (a 2 MB article: sanitising and
 * parsing it takes seconds) is built on an article worker, so the instance keeps answering other
 * requests meanwhile; small ones inline. Same result either way. A body past
 * FACTDESK_BODY_WORKER_TIMEOUT_MS, or one refused because every worker is busy and
 * FACTDESK_BODY_WORKER_QUEUE bodies already wait, comes back as a {@link BodyWorkerRefusal}.
 */
export async function buildArticleBodyOffThread(input: BodyInput): Promise<BuildArticleBodyResult | BodyWorkerRefusal> {
  const size = (input.html ?? input.text ?? "").length;
  const pool = size >= OFF_THREAD_MIN_CHARS ? articleWorkerPool() : null;
  if (!pool) return buildArticleBody(input);
  return onBodyWorker(() => runTask(pool, "buildBody", { html: input.html, text: input.text }));
}

/**
 * {@link buildArticleBodyOffThread} for saving: the document comes back as JSON text, ready for
 * the database, so a large one (megabytes of nested nodes) is never rebuilt as objects on the
 * request thread. Same document either way.
 */
export async function buildSerialisedArticleBodyOffThread(input: BodyInput): Promise<BuildSerialisedArticleBodyResult | BodyWorkerRefusal> {
  const size = (input.html ?? input.text ?? "").length;
  const pool = size >= OFF_THREAD_MIN_CHARS ? articleWorkerPool() : null;
  if (!pool) return buildSerialisedArticleBody(input);
  return onBodyWorker(() => runTask(pool, "buildSerialisedBody", { html: input.html, text: input.text }));
}

/**
 * The body to save, prepared so that a large one never crosses the request thread: built by an
 * article worker and written by it into `StagedArticleBody` with its own connection (then taken
 * into the revision by the saving transaction, see takeStagedBody), its plain text given back; a
 * small one (or every one with FACTDESK_BODY_WORKERS=0) built here as JSON text. Same stored
 * document and text either way; the same refusals as {@link buildArticleBodyOffThread}.
 */
export async function prepareArticleBodyOffThread(input: BodyInput): Promise<StageBodyResult | BuildSerialisedArticleBodyResult | BodyWorkerRefusal> {
  const size = (input.html ?? input.text ?? "").length;
  const pool = size >= OFF_THREAD_MIN_CHARS ? articleWorkerPool() : null;
  if (!pool) return buildSerialisedArticleBody(input);
  return onBodyWorker(() => runTask(pool, "stageBody", { html: input.html, text: input.text }));
}

async function onBodyWorker<T>(work: () => Promise<T>): Promise<T | BodyWorkerRefusal> {
  try {
    return await work();
  } catch (error) {
    const failure = workerFailure(error, { what: "The article body", tooLongHint: "Split it or simplify its HTML and try again." });
    if (failure) return { ok: false, message: failure.error.message, error: failure.error };
    throw error;
  }
}
