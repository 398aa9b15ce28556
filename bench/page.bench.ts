/**
 * `npm run bench -- page`: the article page of the production build (`npm run build` first) in
 * headless Chromium, from navigation to every highlight painted (the viewer's
 * `data-painted-highlights` reaching the article's count, then one frame), for an 8,000-word
 * article with no annotations (the baseline, same run), with 2,000 and with 5,000. Goals: ≤ 1.3×
 * the baseline at 2,000 and ≤ 1.5× at 5,000 (medians). Also prints time to first byte and the
 * HTML's size. Uses DATABASE_URL (else an embedded PostgreSQL). Run with the react-server
 * condition (bench/run.ts does): it seeds through the app's server code.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Page } from "playwright-core";
import { prepareDatabase } from "../scripts/prepare-database";
import { createAnnotatedArticle, createBenchUser } from "./annotated-desk";
import { startProductionServer } from "./production-server";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const WORDS = 8_000;
const CASES = [
  { annotations: 0, goal: null },
  { annotations: 2_000, goal: 1.3 },
  { annotations: 5_000, goal: 1.5 },
] as const;

type Load = { paintedMs: number; ttfbMs: number; htmlBytes: number };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Records, on every page, when `data-painted-highlights` takes each value: the time of the
 * frame after it was set (the ranges are registered then; that frame paints them).
 */
function recordPaints() {
  const record = window as unknown as { fdPaints: { count: string; at: number }[] };
  record.fdPaints = [];
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      const count = (mutation.target as Element).getAttribute("data-painted-highlights");
      if (count !== null) requestAnimationFrame(() => record.fdPaints.push({ count, at: performance.now() }));
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-painted-highlights"] });
}

/** Navigates to `url` and waits until `expected` highlights are painted; times from navigation start. */
async function loadOnce(tab: Page, url: string, expected: number): Promise<Load> {
  await tab.goto("about:blank");
  await tab.goto(url, { waitUntil: "commit" });
  const handle = await tab.waitForFunction(
    (count) => (window as unknown as { fdPaints?: { count: string; at: number }[] }).fdPaints?.find((paint) => paint.count === String(count))?.at ?? false,
    expected,
    { timeout: 60_000, polling: 50 },
  );
  const paintedMs = (await handle.jsonValue()) as number;
  const navigation = await tab.evaluate(() => {
    const entry = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
    return { ttfbMs: entry.responseStart - entry.startTime, htmlBytes: entry.decodedBodySize };
  });
  return { paintedMs, ...navigation };
}

export async function runPageBench(options: { runs?: number } = {}): Promise<void> {
  const runs = options.runs ?? Number(process.env.BENCH_PAGE_RUNS ?? 7);
  const database = await prepareDatabase({ root, databaseUrl: process.env.DATABASE_URL, dataDir: null, port: 0 });
  process.env.DATABASE_URL = database.url;
  process.env.LOG_LEVEL ??= "silent";
  console.log(`database: ${database.description}`);
  const editor = await createBenchUser("editor", "page-editor");
  const reviewer = await createBenchUser("reviewer", "page-reviewer");
  const articles = [];
  for (const { annotations } of CASES) articles.push({ annotations, id: (await createAnnotatedArticle(editor, reviewer, WORDS, annotations)).id });
  const app = await startProductionServer(database.url);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  });
  try {
    const tab = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "en-GB" });
    await tab.addInitScript(recordPaints);
    await tab.goto(`${app.url}/sign-in`);
    await tab.getByLabel("E-mail").fill(editor.email);
    await tab.getByLabel("Password").fill(editor.password);
    await tab.getByRole("button", { name: "Sign in" }).click();
    await tab.waitForURL(/\/my-work/);
    const loads = new Map<number, Load[]>(articles.map(({ annotations }) => [annotations, []]));
    // Warm up (the server renders each route once), then take turns so machine noise falls on all alike.
    for (const article of articles) await loadOnce(tab, `${app.url}/articles/${article.id}`, article.annotations);
    for (let run = 0; run < runs; run += 1) {
      for (const article of articles) loads.get(article.annotations)!.push(await loadOnce(tab, `${app.url}/articles/${article.id}`, article.annotations));
    }
    // BENCH_PAGE_TRACE=<prefix>: one more load of each article under a Chromium performance trace
    // (JS samples included), written to <prefix>-<annotations>.json, to see where the time goes.
    for (const article of process.env.BENCH_PAGE_TRACE ? articles : []) {
      const file = `${process.env.BENCH_PAGE_TRACE}-${article.annotations}.json`;
      await tab.goto("about:blank");
      await browser.startTracing(tab, { path: file, categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8.execute", "disabled-by-default-v8.cpu_profiler"] });
      await loadOnce(tab, `${app.url}/articles/${article.id}`, article.annotations);
      await browser.stopTracing();
      console.log(`trace: ${file}`);
    }
    const baseline = median(loads.get(0)!.map((load) => load.paintedMs));
    for (const { annotations, goal } of CASES) {
      const samples = loads.get(annotations)!;
      const painted = median(samples.map((load) => load.paintedMs));
      const ratio = painted / baseline;
      console.log(
        `page: ${WORDS.toLocaleString("en")} words, ${annotations.toLocaleString("en").padStart(5)} annotations: all painted ${painted.toFixed(0).padStart(5)} ms (×${ratio.toFixed(2)})` +
          `  first byte ${median(samples.map((load) => load.ttfbMs))
            .toFixed(0)
            .padStart(4)} ms  HTML ${(median(samples.map((load) => load.htmlBytes)) / 1024).toFixed(0).padStart(5)} KB` +
          (goal === null ? "  (baseline)" : `  goal ≤ ${goal}× ${ratio <= goal ? "met" : "NOT met"}`),
      );
    }
  } finally {
    await browser.close();
    await app.stop();
    await database.embedded?.stop();
  }
}

await runPageBench();
process.exit(0);
