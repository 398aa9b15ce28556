import "server-only";
import path from "node:path";
import { forkPoolWorker } from "@/lib/async/child-process-worker";
import type { WorkerTaskRequest, WorkerTaskResult, WorkerTaskTable } from "@/lib/async/worker-tasks";
import { WorkerPool, type PoolWorker, type RunOptions } from "@/lib/async/worker-pool";
import { getAppConfig } from "@/lib/config/app-config";
import type { ArticleProcessTasks } from "@/lib/server/articles/article-process-tasks";
import type { StoredReportTasks } from "@/lib/server/exports/stored-report-tasks";
import { logger } from "@/lib/server/logger";

// Assembled at run time, so that file tracing doesn't follow them into tsx and esbuild's binary.
const BOOTSTRAP = ["lib", "async", ["ts-process-bootstrap", "mjs"].join(".")];
const ARTICLE_ENTRY = ["lib", "server", "articles", ["article-process", "ts"].join(".")];
const REPORT_ENTRY = ["lib", "server", "exports", ["report-process", "ts"].join(".")];
/** The worker processes load server modules (the report worker reads the database): "server-only" resolves to nothing there. */
const WORKER_NODE_FLAGS = ["--conditions=react-server"];

/** A pool of workers that run the tasks of table `T`. */
export type TaskPool<T extends WorkerTaskTable> = WorkerPool<WorkerTaskRequest<T>, unknown>;

type Pools = { article?: TaskPool<ArticleProcessTasks> | null; report?: TaskPool<StoredReportTasks> | null };
const pools = ((globalThis as unknown as { factdeskWorkerPools?: Pools }).factdeskWorkerPools ??= {});

/**
 * Starts a worker process on a TypeScript entry of the app's own tree (the whole tree ships, see
 * README), compiled in the child by tsx, a runtime dependency; never bundled. It runs at the
 * lowest CPU priority: on a machine with few cores the request threads get the CPU first, and a
 * huge report or import only what they leave. A platform that can't lower it logs a warning once.
 */
function spawnTsProcess(entry: string[]): PoolWorker {
  const root = process.cwd();
  return forkPoolWorker({
    modulePath: path.join(root, ...BOOTSTRAP),
    args: [path.join(root, ...entry)],
    execArgv: WORKER_NODE_FLAGS,
    onPriorityError: (error) => warnOnce(`worker processes run at normal CPU priority: ${error.message}`),
  });
}

let warned = false;
function warnOnce(message: string): void {
  if (warned) return;
  warned = true;
  logger.warn(message);
}

/**
 * This process's article workers: large article bodies and imports (FACTDESK_BODY_WORKERS,
 * FACTDESK_BODY_WORKER_TIMEOUT_MS, FACTDESK_BODY_WORKER_QUEUE); null when set to 0 workers.
 */
export function articleWorkerPool(): TaskPool<ArticleProcessTasks> | null {
  if (pools.article === undefined) {
    const config = getAppConfig();
    pools.article =
      config.FACTDESK_BODY_WORKERS === 0
        ? null
        : new WorkerPool({
            spawn: () => spawnTsProcess(ARTICLE_ENTRY),
            size: config.FACTDESK_BODY_WORKERS,
            taskTimeoutMs: config.FACTDESK_BODY_WORKER_TIMEOUT_MS,
            maxQueued: config.FACTDESK_BODY_WORKER_QUEUE,
            announcesReady: true,
          });
  }
  return pools.article;
}

/**
 * This process's report workers: PDF reports and the HTML reports of large articles, read by
 * the worker itself (renderStoredReport)
 * (FACTDESK_REPORT_WORKERS, FACTDESK_REPORT_TIMEOUT_MS, FACTDESK_REPORT_QUEUE); null when set to 0.
 */
export function reportWorkerPool(): TaskPool<StoredReportTasks> | null {
  if (pools.report === undefined) {
    const config = getAppConfig();
    pools.report =
      config.FACTDESK_REPORT_WORKERS === 0
        ? null
        : new WorkerPool({
            spawn: () => spawnTsProcess(REPORT_ENTRY),
            size: config.FACTDESK_REPORT_WORKERS,
            taskTimeoutMs: config.FACTDESK_REPORT_TIMEOUT_MS,
            maxQueued: config.FACTDESK_REPORT_QUEUE,
            announcesReady: true,
          });
  }
  return pools.report;
}

/** Runs task `task` of `pool`'s table with its typed input and result. */
export async function runTask<T extends WorkerTaskTable, K extends keyof T & string>(
  pool: TaskPool<T>,
  task: K,
  input: Parameters<T[K]>[0],
  options: RunOptions = {},
): Promise<WorkerTaskResult<T, K>> {
  return (await pool.run({ task, input } as WorkerTaskRequest<T>, options)) as WorkerTaskResult<T, K>;
}

/** Stops both pools' workers (tests and shutdown; a worker also exits when this process goes) and forgets them. */
export async function closeWorkerPools(): Promise<void> {
  const open = [pools.article, pools.report];
  pools.article = undefined;
  pools.report = undefined;
  await Promise.all(open.map((pool) => pool?.close()));
}
