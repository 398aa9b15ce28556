/**
 * Worker-thread entry of the report workers (see report-worker-tasks.ts), loaded through
 * lib/async/ts-worker-bootstrap.mjs by lib/server/workers/worker-pools.ts.
 */
import { parentPort } from "node:worker_threads";
import { serveWorkerTasks } from "../async/worker-tasks";
import { reportWorkerTasks } from "./report-worker-tasks";

if (parentPort) serveWorkerTasks(parentPort, reportWorkerTasks);
