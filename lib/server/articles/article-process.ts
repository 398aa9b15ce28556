/**
 * Child-process entry of the article workers (see article-process-tasks.ts), forked at the lowest
 * CPU priority through lib/async/ts-process-bootstrap.mjs by lib/server/workers/worker-pools.ts.
 */
import { parentProcessPort } from "../../async/child-process-worker";
import { serveWorkerTasks } from "../../async/worker-tasks";
import { articleProcessTasks } from "./article-process-tasks";

serveWorkerTasks(parentProcessPort(), articleProcessTasks);
