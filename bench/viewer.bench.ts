/**
 * Viewer benchmark: the real ArticleViewer (Tiptap + decoration highlights) in headless Chromium
 * with a generated 20,000-word article, once with no annotations (the baseline, same run) and
 * once with 5,000. Prints the load-time ratio (goal ≤ 1.5) and the median time to apply one
 * new annotation to the loaded 5,000 (goal < 16 ms), and when the overlap marks are painted.
 *
 * Run: `npx tsx bench/viewer.bench.ts` (needs /usr/bin/chromium or CHROMIUM_PATH).
 */
import http from "node:http";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import { chromium } from "playwright-core";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export type ViewerBenchResult = { emptyMs: number; fullMs: number; ratio: number; addMedianMs: number; addP95Ms: number; layersMs: number };

// The highlight and article rules the app's stylesheet applies (without Tailwind's build step).
const CSS = `
body { margin: 0; font-family: serif; }
.fd-article .ProseMirror { font-size: 1.125rem; line-height: 1.75; max-width: 68ch; }
.fd-hl { border-radius: 2px; }
.fd-hl-claim { background-color: rgb(245 158 11 / 0.28); text-decoration: underline solid #b45309 2px; }
.fd-hl-quote { background-color: rgb(59 130 246 / 0.22); text-decoration: underline dotted #1d4ed8 2px; }
.fd-hl-allegation { background-color: rgb(244 63 94 / 0.22); text-decoration: underline wavy #be123c 1px; }
::highlight(fd-claim) { background-color: rgb(245 158 11 / 0.28); text-decoration: underline solid #b45309 2px; }
::highlight(fd-quote) { background-color: rgb(59 130 246 / 0.22); text-decoration: underline dotted #1d4ed8 2px; }
::highlight(fd-allegation) { background-color: rgb(244 63 94 / 0.22); text-decoration: underline wavy #be123c 1px; }
`;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];

async function bundle(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(root, "bench/viewer/entry.tsx")],
    bundle: true,
    write: false,
    format: "iife",
    minify: true,
    jsx: "automatic",
    define: { "process.env.NODE_ENV": '"production"' },
    tsconfig: path.join(root, "tsconfig.json"),
    logLevel: "error",
  });
  return result.outputFiles[0].text;
}

export async function runViewerBench(options: { runs?: number; adds?: number; log?: (line: string) => void } = {}): Promise<ViewerBenchResult> {
  const log = options.log ?? console.log;
  const runs = options.runs ?? 9;
  const adds = options.adds ?? 40;
  const script = await bundle();
  const page = `<!doctype html><html><head><meta charset="utf-8"><style>${CSS}</style></head><body><div id="root"></div><script>${script}</script></body></html>`;
  const server = http.createServer((_, response) => response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  });
  try {
    const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const mountOnce = async (count: number) => {
      await tab.goto(`http://127.0.0.1:${port}/`);
      return tab.evaluate((n) => window.bench.mount(n), count);
    };
    // Warm up, then alternate the two cases so machine noise falls on both alike.
    await mountOnce(0);
    await mountOnce(5_000);
    const empty: number[] = [];
    const full: number[] = [];
    const layers: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      empty.push(await mountOnce(0));
      full.push(await mountOnce(5_000));
      layers.push(await tab.evaluate(() => window.bench.layersReady()));
    }
    const addTimes: number[] = [];
    for (let i = 0; i < adds; i += 1) addTimes.push(await tab.evaluate((index) => window.bench.addOne(index), i));
    const result: ViewerBenchResult = {
      emptyMs: median(empty),
      fullMs: median(full),
      ratio: median(full) / median(empty),
      addMedianMs: median(addTimes),
      addP95Ms: percentile(addTimes, 0.95),
      layersMs: median(layers),
    };
    log(`viewer: 20,000 words, no annotations (baseline): median load ${result.emptyMs.toFixed(1)} ms`);
    log(`viewer: 20,000 words, 5,000 annotations:          median load ${result.fullMs.toFixed(1)} ms`);
    log(`viewer: load ratio ${result.ratio.toFixed(2)} (goal ≤ 1.5) ${result.ratio <= 1.5 ? "OK" : "MISSED"}`);
    log(`viewer: apply one new annotation: median ${result.addMedianMs.toFixed(2)} ms, p95 ${result.addP95Ms.toFixed(2)} ms (goal median < 16 ms) ${result.addMedianMs < 16 ? "OK" : "MISSED"}`);
    log(`viewer: overlap marks of 5,000 annotations painted ${result.layersMs.toFixed(1)} ms after the load started (${(result.layersMs / result.fullMs).toFixed(2)} × the load; painted when idle)`);
    return result;
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await runViewerBench();
}
