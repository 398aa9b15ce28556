/**
 * `npm run bench`: every benchmark, each printing its figures as ratios against a baseline
 * measured in the same run. `npm run bench -- viewer` runs one (viewer | reanchor | export | paging | suggest | search | dashboard | live | large-body | pdf | api | page).
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { runDashboardBench } from "./dashboard.bench";
import { runExportBench } from "./export.bench";
import { runPagingBench } from "./paging.bench";
import { runReanchorBench } from "./reanchor.bench";
import { runSearchBench } from "./search.bench";
import { runSuggestBench } from "./suggest.bench";
import { runViewerBench } from "./viewer.bench";

const BENCHES: Record<string, () => Promise<unknown>> = {
  viewer: () => runViewerBench(),
  reanchor: async () => runReanchorBench(),
  export: () => runExportBench(),
  paging: () => runPagingBench(),
  suggest: async () => runSuggestBench(),
  search: () => runSearchBench(),
  dashboard: () => runDashboardBench(),
  // The live hub is server code ("server-only"): run it in its own process with the react-server condition.
  live: () =>
    new Promise<void>((resolve, reject) => {
      const file = fileURLToPath(new URL("./live.bench.ts", import.meta.url));
      const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", file], { stdio: "inherit" });
      child.on("error", reject);
      child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`live benchmark exited with ${code}`))));
    }),
  // Server code as well (the worker pools).
  "large-body": () => serverBench("large-body"),
  pdf: () => serverBench("pdf"),
  // The annotation API and the article page of the production build (`npm run build` first).
  api: () => serverBench("api"),
  page: () => serverBench("page"),
};

/** Runs bench/<name>.bench.ts in its own process with the react-server condition (it loads server-only modules). */
function serverBench(name: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const file = fileURLToPath(new URL(`./${name}.bench.ts`, import.meta.url));
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", file], { stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${name} benchmark exited with ${code}`))));
  });
}

const wanted = process.argv.slice(2).filter((name) => !name.startsWith("-"));
const unknown = wanted.filter((name) => !BENCHES[name]);
if (unknown.length > 0) {
  console.error(`Unknown benchmark(s): ${unknown.join(", ")}. Choose from: ${Object.keys(BENCHES).join(", ")}`);
  process.exit(2);
}
for (const name of wanted.length > 0 ? wanted : Object.keys(BENCHES)) {
  console.log(`\n== ${name} ==`);
  await BENCHES[name]();
}
