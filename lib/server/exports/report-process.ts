/**
 * Child-process entry of the report workers (see stored-report-tasks.ts), forked at the lowest
 * CPU priority through lib/async/ts-process-bootstrap.mjs by lib/server/workers/worker-pools.ts.
 */
import { parentProcessPort } from "../../async/child-process-worker";
import { serveWorkerTasks } from "../../async/worker-tasks";
import { loadFonts } from "../../export/pdf-fonts";
import { storedReportTasks } from "./stored-report-tasks";

// Read and parse the fonts before saying ready, so that the first report's time limit is its own.
loadFonts();
serveWorkerTasks(parentProcessPort(), storedReportTasks);
