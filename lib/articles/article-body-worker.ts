/**
 * Worker-thread entry that builds article bodies (sanitise, parse, plain text) off the main
 * thread, so that a 2 MB article doesn't stall every other request of the instance. Loaded by
 * lib/server/articles/build-article-body-off-thread.ts; one message in, one out.
 */
import { parentPort } from "node:worker_threads";
import { buildArticleBody, type BuildArticleBodyResult } from "./build-article-body";

export type ArticleBodyTask = { id: number; input: { text?: string; html?: string } };
export type ArticleBodyReply = { id: number; result: BuildArticleBodyResult } | { id: number; error: string };

parentPort?.on("message", (task: ArticleBodyTask) => {
  try {
    parentPort!.postMessage({ id: task.id, result: buildArticleBody(task.input) } satisfies ArticleBodyReply);
  } catch (error) {
    parentPort!.postMessage({ id: task.id, error: error instanceof Error ? error.message : String(error) } satisfies ArticleBodyReply);
  }
});
