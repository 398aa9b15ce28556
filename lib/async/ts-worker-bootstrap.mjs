// Loads the TypeScript worker entry through tsx (a runtime dependency), in the worker thread.
import { workerData } from "node:worker_threads";
import { tsImport } from "tsx/esm/api";

await tsImport(workerData.entry, import.meta.url);
