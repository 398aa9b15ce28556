/**
 * Worker-thread entry of the report workers (see report-worker-tasks.ts), loaded through
 * lib/async/ts-worker-bootstrap.mjs by lib/server/workers/worker-pools.ts.
 */
import { parentPort } from "node:worker_threads";
import { serveWorkerTasks } from "../async/worker-tasks";
import { loadFonts } from "./pdf-fonts";
import { reportWorkerTasks } from "./report-worker-tasks";

// Read and parse the fonts before saying ready, so that the first report's time limit is its own.
loadFonts();
if (parentPort) serveWorkerTasks(parentPort, reportWorkerTasks);
