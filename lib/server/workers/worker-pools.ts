import "server-only";
import path from "node:path";
import type { Worker } from "node:worker_threads";
import type { ArticleWorkerTasks } from "@/lib/articles/article-worker-tasks";
import type { WorkerTaskRequest, WorkerTaskResult, WorkerTaskTable } from "@/lib/async/worker-tasks";
import { WorkerPool, type RunOptions } from "@/lib/async/worker-pool";
import type { ReportWorkerTasks } from "@/lib/export/report-worker-tasks";
import { getAppConfig } from "@/lib/config/app-config";

// Assembled at run time, so that file tracing doesn't follow them into tsx and esbuild's binary.
const BOOTSTRAP = ["lib", "async", ["ts-worker-bootstrap", "mjs"].join(".")];
const ARTICLE_ENTRY = ["lib", "articles", ["article-worker", "ts"].join(".")];
const REPORT_ENTRY = ["lib", "export", ["report-worker", "ts"].join(".")];

/** A pool of workers that run the tasks of table `T`. */
export type TaskPool<T extends WorkerTaskTable> = WorkerPool<WorkerTaskRequest<T>, unknown>;

type Pools = { article?: TaskPool<ArticleWorkerTasks> | null; report?: TaskPool<ReportWorkerTasks> | null };
const pools = ((globalThis as unknown as { factdeskWorkerPools?: Pools }).factdeskWorkerPools ??= {});

/**
 * Starts a worker thread on a TypeScript entry of the app's own tree (the whole tree ships, see
 * README), compiled in the worker by tsx, a runtime dependency; never bundled. The Worker class
 * is taken from the runtime so that the bundler doesn't try to bundle the worker's file.
 */
function spawnTsWorker(entry: string[]): Worker {
  const { Worker: ThreadWorker } = process.getBuiltinModule("node:worker_threads");
  const root = process.cwd();
  return new ThreadWorker(path.join(root, ...BOOTSTRAP), { workerData: { entry: path.join(root, ...entry) } });
}

/**
 * This process's article workers: large article bodies and imports (FACTDESK_BODY_WORKERS,
 * FACTDESK_BODY_WORKER_TIMEOUT_MS, FACTDESK_BODY_WORKER_QUEUE); null when set to 0 workers.
 */
export function articleWorkerPool(): TaskPool<ArticleWorkerTasks> | null {
  if (pools.article === undefined) {
    const config = getAppConfig();
    pools.article =
      config.FACTDESK_BODY_WORKERS === 0
        ? null
        : new WorkerPool({
            spawn: () => spawnTsWorker(ARTICLE_ENTRY),
            size: config.FACTDESK_BODY_WORKERS,
            taskTimeoutMs: config.FACTDESK_BODY_WORKER_TIMEOUT_MS,
            maxQueued: config.FACTDESK_BODY_WORKER_QUEUE,
            announcesReady: true,
          });
  }
  return pools.article;
}

/**
 * This process's report workers: PDF reports and the HTML reports of large articles
 * (FACTDESK_REPORT_WORKERS, FACTDESK_REPORT_TIMEOUT_MS, FACTDESK_REPORT_QUEUE); null when set to 0.
 */
export function reportWorkerPool(): TaskPool<ReportWorkerTasks> | null {
  if (pools.report === undefined) {
    const config = getAppConfig();
    pools.report =
      config.FACTDESK_REPORT_WORKERS === 0
        ? null
        : new WorkerPool({
            spawn: () => spawnTsWorker(REPORT_ENTRY),
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

/** Stops both pools' workers (tests; the process's exit does it otherwise) and forgets them. */
export async function closeWorkerPools(): Promise<void> {
  const open = [pools.article, pools.report];
  pools.article = undefined;
  pools.report = undefined;
  await Promise.all(open.map((pool) => pool?.close()));
}
