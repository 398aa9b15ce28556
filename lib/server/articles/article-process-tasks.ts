import "server-only";
import type pg from "pg";
import { articleWorkerTasks } from "../../articles/article-worker-tasks";
import { getAppConfig } from "../../config/app-config";
import { createDatabasePool } from "../../db/create-prisma-client";
import { stageArticleBody, type StageBodyResult } from "./staged-article-body";

/** `application_name` of the article workers' own connections (in `pg_stat_activity`). */
export const ARTICLE_WORKER_APPLICATION_NAME = "factdesk-article-worker";

let ownPool: pg.Pool | null = null;

/** The article worker's own connection (one), for staging the bodies it builds. */
function workerPool(): pg.Pool {
  if (ownPool) return ownPool;
  const config = getAppConfig();
  if (!config.DATABASE_URL) throw new Error("The article worker has no DATABASE_URL to stage the body in");
  ownPool = createDatabasePool(config.DATABASE_URL, {
    maxConnections: 1,
    applicationName: ARTICLE_WORKER_APPLICATION_NAME,
    timeouts: { connectMs: config.FACTDESK_DB_CONNECT_TIMEOUT_MS, statementMs: config.FACTDESK_DB_STATEMENT_TIMEOUT_MS },
  });
  ownPool.on("error", () => undefined);
  return ownPool;
}

/**
 * What the article worker processes do (lib/server/articles/article-process.ts runs them): the pure
 * tasks, and `stageBody`, which builds a body and writes it to the database with the worker's own
 * connection (see staged-article-body.ts).
 */
export const articleProcessTasks = {
  ...articleWorkerTasks,
  stageBody: (input: { text?: string; html?: string }): Promise<StageBodyResult> => stageArticleBody(workerPool(), input),
};

export type ArticleProcessTasks = typeof articleProcessTasks;
