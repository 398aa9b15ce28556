/**
 * Re-anchoring benchmark: a deterministic ~20,000-word article with 5,000 annotations (varied
 * lengths, overlapping, whole sentences, across sentences, on repeated stock phrases, single words),
 * a revision with known edits (sentences inserted, deleted, moved and duplicated; a few words
 * rewritten; most of some sentences rewritten; whitespace and punctuation), and the known truth for
 * every annotation (bench/reanchor/truth.ts). Re-anchors all annotations with `reanchorAnnotations`
 * and, in the same run, with a Hypothesis-style baseline on approx-string-match, then prints the
 * throughput and accuracy of both.
 *
 * Run: `npx tsx bench/reanchor.bench.ts` (goals: at least as fast as the baseline, 0 wrong).
 * Accuracy sweep of ours over many scenarios: `npx tsx bench/reanchor.bench.ts --seeds 1-30`.
 */
import { pathToFileURL } from "node:url";
import { reanchorAnnotations } from "../lib/anchoring";
import type { AnnotationKind } from "./reanchor/annotations";
import { hypothesisAnchor } from "./reanchor/baseline";
import { buildScenario, score, type Accuracy, type Placement, type Scenario } from "./reanchor/scenario";
import type { Truth } from "./reanchor/truth";

/** Throughput and accuracy of one re-anchoring method. */
export type MethodResult = { name: string; ms: number; perSecond: number; accuracy: Accuracy; wrongByKind: Partial<Record<AnnotationKind, number>> };

/** Everything the benchmark measured. */
export type ReanchorBenchResult = {
  words: number;
  annotations: number;
  oldLength: number;
  newLength: number;
  truth: Record<Truth["kind"], number>;
  ours: MethodResult;
  baseline: MethodResult;
  /** Our throughput divided by the baseline's. */
  speedup: number;
  ok: boolean;
};

/** Options for {@link runReanchorBench}. */
export type ReanchorBenchOptions = { words?: number; annotations?: number; seed?: number; log?: (line: string) => void };

const DEFAULT_SEED = 20240622;

function time<T>(run: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = run();
  return { value, ms: performance.now() - started };
}

/** Our placements, timed (the diff included). */
function runOurs(scenario: Scenario): { placements: Placement[]; ms: number } {
  const { value, ms } = time(() => reanchorAnnotations(scenario.oldText, scenario.newText, scenario.stored));
  return { placements: value.map((r) => (r.status === "orphaned" ? null : { start: r.start, end: r.end })), ms };
}

function describe(m: MethodResult): string {
  const a = m.accuracy;
  const byKind = Object.entries(m.wrongByKind)
    .map(([k, n]) => `${k} ${n}`)
    .join(", ");
  return (
    `${m.name.padEnd(28)} ${m.ms.toFixed(0).padStart(7)} ms  ${m.perSecond.toFixed(0).padStart(8)} annotations/s  ` +
    `correct ${a.correct}  partial ${a.partial}  wrong ${a.wrong}${byKind ? ` (${byKind})` : ""}  orphaned by mistake ${a.missedOrphaned}  not scored ${a.unscored}`
  );
}

/** Builds the scenario, runs both methods and prints the comparison. */
export function runReanchorBench(options: ReanchorBenchOptions = {}): ReanchorBenchResult {
  const log = options.log ?? ((line: string) => console.log(line));
  const scenario = buildScenario(options.seed ?? DEFAULT_SEED, options.words ?? 20_000, options.annotations ?? 5_000);
  const { oldText, newText, newIndex, annotations, truths } = scenario;
  const words = oldText.split(/\s+/).length;
  log(`reanchor bench: ${words} words, ${oldText.length} → ${newText.length} UTF-16 units, ${annotations.length} annotations`);
  const truth = { intact: 0, changed: 0, orphan: 0, unscored: 0 };
  for (const t of truths) truth[t.kind]++;
  log(`truth: ${truth.intact} intact, ${truth.changed} changed, ${truth.orphan} to orphan, ${truth.unscored} not scored`);

  // Warm both methods up (JIT) on a small scenario, so the timed runs measure steady throughput.
  const warmUp = buildScenario(1, 2_000, 300);
  runOurs(warmUp);
  for (const s of warmUp.hypothesisStored) hypothesisAnchor(warmUp.newText, s);

  const oursRun = runOurs(scenario);
  const baselineRun = time(() => scenario.hypothesisStored.map((s) => hypothesisAnchor(newText, s)));
  const baselinePlacements = baselineRun.value.map((p) => (p ? { start: newIndex.toCodePoint(p.start), end: newIndex.toCodePoint(p.end) } : null));
  const make = (name: string, ms: number, placements: Placement[]): MethodResult => ({
    name,
    ms,
    perSecond: (annotations.length / ms) * 1000,
    ...score(scenario, placements),
  });
  const ours = make("ours (diff + resolveAnchor)", oursRun.ms, oursRun.placements);
  const baseline = make("baseline (Hypothesis-style)", baselineRun.ms, baselinePlacements);
  const speedup = ours.perSecond / baseline.perSecond;
  log(describe(ours));
  log(describe(baseline));
  const ok = speedup >= 1 && ours.accuracy.wrong === 0;
  log(`speed ratio ours/baseline: ×${speedup.toFixed(1)}  goal (≥ ×1, 0 wrong): ${ok ? "OK" : "MISSED"}`);
  return { words, annotations: annotations.length, oldLength: oldText.length, newLength: newText.length, truth, ours, baseline, speedup, ok };
}

/** Runs ours (no baseline) on the scenarios of many seeds; true when none placed an annotation wrongly. */
export function runReanchorAccuracySweep(seeds: number[], log: (line: string) => void = (line) => console.log(line)): boolean {
  let wrong = 0;
  for (const seed of seeds) {
    const scenario = buildScenario(seed, 20_000, 5_000);
    const { placements, ms } = runOurs(scenario);
    const { accuracy: a, wrongByKind } = score(scenario, placements);
    wrong += a.wrong;
    log(`seed ${seed}: ${ms.toFixed(0)} ms  correct ${a.correct}  partial ${a.partial}  wrong ${a.wrong} ${JSON.stringify(wrongByKind)}  orphaned by mistake ${a.missedOrphaned}`);
  }
  log(`${seeds.length} scenarios, ${wrong} wrong placements: ${wrong === 0 ? "OK" : "MISSED"}`);
  return wrong === 0;
}

function parseSeeds(arg: string): number[] {
  const [from, to] = arg.split("-").map(Number);
  return Array.from({ length: (to ?? from) - from + 1 }, (_, i) => from + i);
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  try {
    const at = process.argv.indexOf("--seeds");
    const ok = at > 0 ? runReanchorAccuracySweep(parseSeeds(process.argv[at + 1] ?? "1-10")) : runReanchorBench().ok;
    process.exit(ok ? 0 : 1);
  } catch (error: unknown) {
    console.error(error);
    process.exit(1);
  }
}
