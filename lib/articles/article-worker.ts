/**
 * Worker-thread entry of the article workers (see article-worker-tasks.ts), loaded through
 * lib/async/ts-worker-bootstrap.mjs by lib/server/workers/worker-pools.ts.
 */
import { parentPort } from "node:worker_threads";
import { serveWorkerTasks } from "../async/worker-tasks";
import { articleWorkerTasks } from "./article-worker-tasks";

if (parentPort) serveWorkerTasks(parentPort, articleWorkerTasks);
